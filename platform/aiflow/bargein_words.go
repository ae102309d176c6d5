package aiflow

// table names one word list of the barge-in classifier. The lists are
// switch statements rather than maps: immutable, no package state, and the
// compiler turns them into a binary search. Entries are in the form
// bargeInWords produces: lower case, umlauts folded (ä → ae), words joined
// by one space.
type table int

const (
	// tableAck: backchannel that means "go on".
	tableAck table = iota
	// tableAckExtra: words that may come with a backchannel ("ok so",
	// "ja bitte") without making it more.
	tableAckExtra
	// tableStop: asking the assistant to stop talking.
	tableStop
	// tableStopExtra: politeness and address around a stop ("sorry, could
	// you stop", "nein, warte mal").
	tableStopExtra
	// tableCorrection: phrases that say the assistant got it wrong,
	// anywhere in the text.
	tableCorrection
	// tableCorrectionLead: words that make a correction when they come
	// first ("no, Tuesday").
	tableCorrectionLead
	// tableRedirect: phrases that change the subject, anywhere.
	tableRedirect
	// tableQuestionLead: words that start a question.
	tableQuestionLead
	// tableQuestionPhrase: phrases that announce a question, anywhere.
	tableQuestionPhrase
	// tableLead: discourse markers skipped before the lead-word rules.
	tableLead
)

// inTable reports whether phrase p is in table t for language lang ("en",
// "de", or "" for both).
func inTable(t table, lang, p string) bool {
	switch lang {
	case "en":
		return inEnglish(t, p)
	case "de":
		return inGerman(t, p)
	}
	return inEnglish(t, p) || inGerman(t, p)
}

func inEnglish(t table, p string) bool {
	switch t {
	case tableAck:
		switch p {
		case "mhm", "mhmm", "mmhm", "mmhmm", "uhhuh", "ok", "okay", "okey", "k", "kay", "yes", "yeah", "yea",
			"yep", "yup", "ya", "yah", "right", "alright", "all right", "sure", "sure thing", "fine", "good",
			"great", "cool", "nice", "perfect", "awesome", "got it", "gotcha", "i got it", "i see",
			"i understand", "understood", "i know", "of course", "exactly", "correct", "true", "indeed",
			"absolutely", "definitely", "thanks", "thank you", "thank you very much", "thanks a lot",
			"thanks so much", "thank you so much", "no problem", "cheers", "sounds good", "that's fine", "that's right", "that's correct",
			"that's good", "that's great", "go on", "go ahead", "continue", "carry on", "keep going",
			"makes sense", "that makes sense", "aha", "sorry", "very good", "wow", "yes please":
			return true
		}
	case tableAckExtra:
		switch p {
		case "please", "so", "well", "and", "then", "just", "very much", "oh":
			return true
		}
	case tableStop:
		switch p {
		case "stop", "stop it", "stop talking", "stop there", "wait", "hold on", "hold it", "hold up",
			"hang on", "one moment", "one second", "one sec", "just a moment", "just a second", "just a sec",
			"a moment", "a second", "a sec", "wait a second", "wait a minute", "wait a moment", "wait a sec",
			"give me a second", "give me a moment", "shut up", "be quiet", "quiet", "silence", "be silent",
			"enough", "that's enough", "pause", "halt", "not now", "hush", "let me speak", "let me talk",
			"let me finish", "listen", "listen to me", "cut it out":
			return true
		}
	case tableStopExtra:
		switch p {
		case "please", "sorry", "excuse me", "hey", "now", "right now", "just", "can you", "could you",
			"would you", "will you", "you", "no", "there", "talking", "speaking", "for a second",
			"for a moment", "for now", "a minute", "man":
			return true
		}
	case tableCorrection:
		switch p {
		case "i said", "i meant", "i mean", "i didn't say", "i did not say", "i never said", "that's wrong",
			"that is wrong", "it's wrong", "is wrong", "that's not right", "that is not right", "not right",
			"that's not correct", "not correct", "incorrect", "that's incorrect", "not what i said",
			"not what i meant", "you misunderstood", "misunderstood", "you got it wrong", "got it wrong",
			"got that wrong", "you're wrong", "you are wrong", "correction", "let me correct", "i misspoke", "that's a mistake":
			return true
		}
	case tableCorrectionLead:
		switch p {
		case "no", "nope", "nah", "uhuh", "not", "wrong", "actually", "no no":
			return true
		}
	case tableRedirect:
		switch p {
		case "something else", "something different", "another thing", "different topic", "another topic",
			"other topic", "change the subject", "change of plans", "change of plan", "let's talk about",
			"lets talk about", "can we talk about", "i want to talk about", "i'd like to talk about",
			"instead", "rather", "i'd rather", "never mind", "nevermind", "forget it", "forget that",
			"forget about it", "skip", "skip it", "skip that", "go back", "start over", "start again",
			"main menu", "menu", "human", "real person", "a person", "agent", "operator", "representative",
			"someone else", "somebody else", "speak to someone", "talk to someone", "by the way",
			"one more thing", "another question", "different question", "actually i want",
			"actually i'd like", "actually i need", "actually can we", "actually let's",
			"changed my mind", "on second thought", "cancel":
			return true
		}
	case tableQuestionLead:
		switch p {
		case "what", "what's", "whats", "when", "when's", "where", "where's", "who", "who's", "whom", "whose",
			"why", "how", "how's", "which", "can", "could", "would", "will", "do", "does", "did", "is", "are",
			"was", "were", "have", "has", "had", "should", "shall", "may", "might", "am", "isn't", "aren't",
			"don't", "doesn't", "didn't", "won't", "can't", "couldn't", "wouldn't", "tell me", "explain",
			"what about", "how about", "how much", "how long", "pardon", "come again", "say again", "huh":
			return true
		}
	case tableQuestionPhrase:
		switch p {
		case "i have a question", "i've got a question", "quick question", "question", "can you tell me",
			"could you tell me", "i want to know", "i'd like to know", "i wonder", "do you know":
			return true
		}
	case tableLead:
		switch p {
		case "well", "so", "and", "but", "also", "oh", "hey", "like", "ok", "okay", "yes",
			"yeah", "sorry", "please", "wait", "listen", "look", "then", "now", "just", "alright", "right":
			return true
		}
	}
	return false
}

func inGerman(t table, p string) bool {
	switch t {
	case tableAck:
		switch p {
		case "ja", "jaa", "jaja", "ja ja", "jo", "joa", "jep", "jup", "jawohl", "jawoll", "genau", "ja genau",
			"ok", "okay", "okey", "gut", "sehr gut", "alles klar", "klar", "na klar", "ja klar", "alles gut",
			"verstehe", "ich verstehe", "verstanden", "aha", "achso", "ah ja", "ach ja", "stimmt",
			"das stimmt", "richtig", "korrekt", "super", "prima", "toll", "perfekt", "cool", "danke",
			"danke schoen", "dankeschoen", "vielen dank", "danke sehr", "in ordnung", "passt", "passt schon",
			"gerne", "gern", "sicher", "natuerlich", "freilich", "mhm", "mhmm", "mmhm", "mmhmm", "hmhm",
			"weiter", "mach weiter", "machen sie weiter", "bitte weiter", "ja bitte", "na gut", "schon gut",
			"schon klar", "logisch", "kein problem", "sorry", "entschuldigung", "yes", "yeah":
			return true
		}
	case tableAckExtra:
		switch p {
		case "bitte", "so", "also", "und", "dann", "nun", "naja", "mal", "schon", "oh":
			return true
		}
	case tableStop:
		switch p {
		case "stop", "stopp", "halt", "halt stopp", "warte", "wart", "warten sie", "warte mal",
			"warten sie mal", "moment", "moment mal", "einen moment", "ein moment", "einen augenblick",
			"augenblick", "sekunde", "eine sekunde", "hoer auf", "hoer mal auf", "hoeren sie auf",
			"aufhoeren", "sei still", "seien sie still", "ruhe", "still", "genug", "es reicht", "das reicht",
			"jetzt nicht", "nicht jetzt", "pause", "lass mich reden", "lassen sie mich reden",
			"lass mich ausreden", "lassen sie mich ausreden", "halt die klappe", "klappe", "sei ruhig",
			"seien sie ruhig", "nicht so schnell":
			return true
		}
	case tableStopExtra:
		switch p {
		case "bitte", "mal", "doch", "jetzt", "entschuldigung", "entschuldigen sie", "sorry", "hallo", "hey",
			"kurz", "mal kurz", "sie", "du", "nein", "nee", "noch", "endlich", "einfach", "mal eben":
			return true
		}
	case tableCorrection:
		switch p {
		case "ich sagte", "ich habe gesagt", "ich hab gesagt", "ich meinte", "ich meine", "ich wollte sagen",
			"habe ich nicht gesagt", "hab ich nicht gesagt", "das stimmt nicht", "stimmt nicht",
			"stimmt so nicht", "das ist falsch", "ist falsch", "das war falsch", "nicht richtig",
			"nicht korrekt", "falsch verstanden", "missverstanden", "korrektur", "sondern", "nicht ganz":
			return true
		}
	case tableCorrectionLead:
		switch p {
		case "nein", "nee", "ne", "noe", "nein nein", "falsch", "doch", "eigentlich", "nicht", "no":
			return true
		}
	case tableRedirect:
		switch p {
		case "etwas anderes", "was anderes", "was ganz anderes", "anderes thema", "themawechsel",
			"andere frage", "noch eine frage", "noch etwas", "noch was", "stattdessen", "lieber",
			"vergiss es", "vergessen sie es", "vergessen sie das", "egal", "zurueck", "von vorne",
			"neu anfangen", "hauptmenue", "menue", "mitarbeiter", "berater", "mensch", "menschen",
			"mit jemandem sprechen", "jemand anderen", "uebrigens", "apropos", "eigentlich moechte ich",
			"eigentlich will ich", "eigentlich wollte ich", "lass uns ueber", "koennen wir ueber",
			"reden wir ueber", "sprechen wir ueber", "ueberspringen", "anders ueberlegt", "doch nicht", "abbrechen":
			return true
		}
	case tableQuestionLead:
		switch p {
		case "was", "wann", "wo", "woher", "wohin", "wer", "wen", "wem", "wessen", "warum", "wieso", "weshalb",
			"weswegen", "wie", "wieviel", "welche", "welcher", "welches", "welchen", "wozu", "womit", "worum",
			"wofuer", "woran", "kann", "kannst", "koennen", "koennte", "koenntest", "koennten", "kostet",
			"gibt", "habt", "haben", "hast", "ist", "sind", "war", "waren", "darf", "duerfen", "muss",
			"muessen", "soll", "sollte", "sollen", "wird", "werden", "wuerde", "wuerden", "hat", "bin",
			"bist", "seid", "geht", "funktioniert", "sagen sie mir", "sag mir", "erklaeren sie", "hae",
			"haeh", "nochmal", "noch mal":
			return true
		}
	case tableQuestionPhrase:
		switch p {
		case "ich habe eine frage", "ich hab eine frage", "ich haette eine frage", "eine frage",
			"kurze frage", "frage", "ich wuerde gerne wissen", "ich moechte wissen", "wissen sie",
			"koennen sie mir sagen", "kannst du mir sagen":
			return true
		}
	case tableLead:
		switch p {
		case "also", "so", "und", "aber", "naja", "na", "nun", "ja", "ok", "okay", "gut", "hey",
			"sorry", "entschuldigung", "bitte", "warte", "moment", "mal", "dann", "jetzt", "oh":
			return true
		}
	}
	return false
}
