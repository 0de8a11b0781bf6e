/**
 * The add-in's one entry (webpack): first the custom functions are registered, then the task pane starts. ES
 * modules run in import order, so the registration happens before the pane's code runs, as with two entries; one
 * entry lets webpack concatenate all modules into one scope.
 */
import "./functions/registreer";
import "./taskpane/taskpane";
