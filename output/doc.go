// Package output is the output model: templates (message, reprompt, listen,
// quick replies, card, carousel and per-platform overrides), message
// variants, output types that build templates from options, the
// single-response merge rules and validation.
//
// A handler sends templates, directly (Say, Template) or built by an output
// type (Ask, Tell, or one of its own that implements Output), optionally
// adjusted with With. A platform then, for each template, calls Normalize
// (apply its override block, pick variants) and Validate, and either Merge
// the results into one response or convert them one by one. The SSML
// helpers (IsSSML, StripSpeak, RemoveSSML, JoinSpeech, JoinText) and
// MergeNative are what a platform needs for the last step.
//
// Templates read in JSON like Jovo's: a message is a string, an array of
// variants or {speech, text}; listen is true, false or {intents, entities};
// a generic key set to null in a platform block removes it.
//
// It is plain data and pure functions and imports nothing of the project.
package output
