package aiflow

import "strings"

// DetectLanguage guesses whether text is English ("en") or German ("de")
// from common function words and umlauts. It returns "" when it cannot
// tell, as for "ok", "stop" or a name.
func DetectLanguage(text string) string {
	return detectLanguage(text, bargeInWords(text))
}

// resolveLanguage returns "en" or "de" when the tag lang names one of
// them, else what detectLanguage says.
func resolveLanguage(lang, text string, words []string) string {
	if len(lang) >= 2 && (len(lang) == 2 || lang[2] == '-' || lang[2] == '_') {
		switch strings.ToLower(lang[:2]) {
		case "en":
			return "en"
		case "de":
			return "de"
		}
	}
	return detectLanguage(text, words)
}

func detectLanguage(text string, words []string) string {
	de, en := 0, 0
	if strings.ContainsAny(text, "äöüÄÖÜß") {
		de += 2
	}
	for _, w := range words {
		if germanMarker(w) {
			de++
		}
		if englishMarker(w) {
			en++
		}
	}
	switch {
	case de > en:
		return "de"
	case en > de:
		return "en"
	}
	return ""
}

// germanMarker reports whether w is a common German word that is not also
// common in English.
func germanMarker(w string) bool {
	switch w {
	case "ich", "und", "nicht", "ja", "nein", "nee", "das", "ist", "der", "die", "den", "dem", "ein", "eine",
		"einen", "bitte", "danke", "wie", "wo", "warum", "wann", "wieso", "weshalb", "kann", "koennen", "sie",
		"mit", "noch", "genau", "doch", "mal", "aber", "sondern", "moment", "stimmt", "falsch", "eigentlich",
		"lieber", "auf", "zu", "mein", "meine", "haben", "habe", "hab", "sind", "wir", "es", "fuer", "von",
		"nach", "heute", "morgen", "gut", "klar", "hallo", "warte", "stopp", "ueber", "schon", "auch", "oder",
		"wenn", "dann", "gerne", "vielen", "dank", "moechte", "wollte", "bin", "bist", "du", "dir", "mir",
		"mich", "uns", "ihnen", "kein", "keine", "jetzt", "hier", "welche", "etwas", "anderes", "nichts",
		"alles", "sehr", "frage", "gesagt", "meinte", "sagte", "hoer", "termin", "wissen", "gibt", "kostet":
		return true
	}
	return false
}

// englishMarker reports whether w is a common English word that is not
// also common in German.
func englishMarker(w string) bool {
	switch w {
	case "i", "and", "not", "yes", "yeah", "no", "the", "is", "are", "please", "thanks", "thank", "what",
		"where", "why", "when", "how", "can", "could", "you", "your", "my", "me", "with", "it", "it's",
		"that", "that's", "this", "to", "of", "for", "about", "but", "wait", "right", "wrong", "actually",
		"rather", "want", "need", "have", "do", "don't", "i'm", "i'd", "would", "hold", "on", "something",
		"else", "talk", "speak", "question", "mean", "meant", "said", "tomorrow", "today", "hello", "a",
		"an", "at", "be", "does", "did", "there", "they", "we", "got", "let", "let's", "know", "tell":
		return true
	}
	return false
}
