/** Fault tests: killed processes, damaged and foreign files, full disks, read-only places, no network. */
package jp.tenken.reliability;
