package aiflow

import "strings"

// BargeInKind says what the caller meant by talking over the assistant.
// A voice bot answers differently: let noise and acknowledgments pass and
// keep speaking, stop on Stop, and stop and handle the turn on the others.
type BargeInKind int

// The kinds of barge-in text ClassifyBargeIn tells apart.
const (
	// BargeInNoise: nothing to act on: empty text, fillers ("äh", "um"),
	// STT annotations ("[noise]"), stray letters.
	BargeInNoise BargeInKind = iota
	// BargeInAcknowledgment: backchannel that means "go on": "mhm", "ok",
	// "ja genau", "got it", "thanks".
	BargeInAcknowledgment
	// BargeInStop: the caller wants the assistant to stop talking: "stop",
	// "wait", "hold on", "Moment mal", "hör auf".
	BargeInStop
	// BargeInCorrection: the caller says the assistant got something wrong:
	// "no, I said Tuesday", "nein, Dienstag", "das stimmt nicht".
	BargeInCorrection
	// BargeInRedirect: the caller changes the subject or wants out:
	// "something else", "never mind", "lieber morgen", "einen Mitarbeiter".
	BargeInRedirect
	// BargeInNewQuestion: a new question or request, and the default for
	// any other substantive text: "what does it cost?", "wann habt ihr auf".
	BargeInNewQuestion
)

// String returns the kind's name in lower snake case.
func (k BargeInKind) String() string {
	switch k {
	case BargeInNoise:
		return "noise"
	case BargeInAcknowledgment:
		return "acknowledgment"
	case BargeInStop:
		return "stop"
	case BargeInCorrection:
		return "correction"
	case BargeInRedirect:
		return "redirect"
	case BargeInNewQuestion:
		return "new_question"
	}
	return "unknown"
}

// ShouldSilentAcknowledge reports whether the barge-in text text (in
// language lang, see ClassifyBargeIn) is noise or a backchannel, so the
// assistant should keep talking as if nothing happened.
func ShouldSilentAcknowledge(text, lang string) bool {
	k := ClassifyBargeIn(text, lang)
	return k == BargeInNoise || k == BargeInAcknowledgment
}

// IsSubstantialInput reports whether the barge-in text text (in language
// lang, see ClassifyBargeIn) is a correction, a redirect or a new question:
// input the app should stop for and handle as the caller's turn.
func IsSubstantialInput(text, lang string) bool {
	k := ClassifyBargeIn(text, lang)
	return k == BargeInCorrection || k == BargeInRedirect || k == BargeInNewQuestion
}

// ClassifyBargeIn classifies text, the transcript of what the caller said
// while the assistant was speaking. lang is a language tag ("de", "en-US");
// an empty or other tag makes ClassifyBargeIn detect English or German
// from the words (see DetectLanguage) and, if that is undecided, use the
// word lists of both.
//
// It is built for STT output: case, punctuation, umlauts (also written ae,
// oe, ue), stretched words ("okaaay"), fillers (äh, ähm, um, uh) and
// bracketed annotations are handled. It is a fast heuristic over word
// lists, not a language model: the rules, in order, are
// noise → acknowledgment (only backchannel words) → stop (only stop words,
// with politeness) → correction phrase ("I meant", "stimmt nicht") →
// redirect phrase ("something else", "lieber") → question (a question
// word first, or a final "?") → correction word first ("no", "nein") →
// new question.
func ClassifyBargeIn(text, lang string) BargeInKind {
	words := bargeInWords(text)
	if len(words) == 0 || allSingleLetters(words) {
		return BargeInNoise
	}
	l := resolveLanguage(lang, text, words)
	switch {
	case covered(words, l, true, tableAck, tableAckExtra):
		return BargeInAcknowledgment
	case covered(words, l, true, tableStop, tableAck, tableStopExtra):
		return BargeInStop
	case containsPhrase(words, l, tableCorrection):
		return BargeInCorrection
	case containsPhrase(words, l, tableRedirect):
		return BargeInRedirect
	}
	lead := stripLead(words, l)
	switch {
	case len(lead) == 0:
		return BargeInNoise
	case strings.HasSuffix(strings.TrimSpace(text), "?"),
		startsWith(lead, l, tableQuestionLead),
		containsPhrase(words, l, tableQuestionPhrase):
		return BargeInNewQuestion
	case startsWith(lead, l, tableCorrectionLead):
		return BargeInCorrection
	}
	return BargeInNewQuestion
}

// maxPhrase is the longest phrase, in words, in the word tables.
const maxPhrase = 5

// covered reports whether words split completely into phrases of the
// given tables. With needFirst, at least one phrase must come from the
// first table.
func covered(words []string, lang string, needFirst bool, tables ...table) bool {
	hitFirst := false
	for i := 0; i < len(words); {
		n := 0
		for m := min(maxPhrase, len(words)-i); m >= 1 && n == 0; m-- {
			p := strings.Join(words[i:i+m], " ")
			for j, t := range tables {
				if inTable(t, lang, p) {
					n = m
					hitFirst = hitFirst || j == 0
					break
				}
			}
		}
		if n == 0 {
			return false
		}
		i += n
	}
	return hitFirst || !needFirst
}

// containsPhrase reports whether a phrase of t occurs anywhere in words.
func containsPhrase(words []string, lang string, t table) bool {
	for i := range words {
		for m := min(maxPhrase, len(words)-i); m >= 1; m-- {
			if inTable(t, lang, strings.Join(words[i:i+m], " ")) {
				return true
			}
		}
	}
	return false
}

// startsWith reports whether words begin with a phrase of t.
func startsWith(words []string, lang string, t table) bool {
	for m := min(maxPhrase, len(words)); m >= 1; m-- {
		if inTable(t, lang, strings.Join(words[:m], " ")) {
			return true
		}
	}
	return false
}

// stripLead drops the words a turn often starts with before it gets to
// the point ("ok so", "ja aber", "sorry", "wait"), so the lead-word rules
// see the first word that matters.
func stripLead(words []string, lang string) []string {
	for len(words) > 0 && (inTable(tableLead, lang, words[0]) || inTable(tableAck, lang, words[0])) {
		words = words[1:]
	}
	return words
}

func allSingleLetters(words []string) bool {
	for _, w := range words {
		if len(w) != 1 || w[0] < 'a' || w[0] > 'z' {
			return false
		}
	}
	return true
}
