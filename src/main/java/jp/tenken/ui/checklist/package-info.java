/**
 * The checklist screen: navigation by fiscal year, the form's rows with 1回目/2回目 answers, the guidance pane and
 * the readiness header. View classes build the nodes; view models hold state and commands and are tested without
 * a toolkit.
 */
package jp.tenken.ui.checklist;
