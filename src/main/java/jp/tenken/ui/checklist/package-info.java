/**
 * The checklist screen: navigation by fiscal year, the form's rows with 1回目/2回目 answers, the guidance pane and
 * the readiness header. {@code ChecklistViewModel} opens a year and owns the rows; each part of the screen has its
 * own view model (header, year list, readiness, filter, answers, export, guidance) and its own view class
 * (navigation, header, readiness line, row list, status bar), with the keyboard in {@code ChecklistKeyboard}. Views
 * build the nodes; view models hold state and commands, use the service layer only, and are tested without a
 * toolkit.
 */
package jp.tenken.ui.checklist;
