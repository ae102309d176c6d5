package nlu

import "time"

// german returns the German lexicon. Every key is folded, so "fünf",
// "fuenf" and "funf" are one word.
func german() *language {
	l := &language{code: "de", digraphs: true, compounds: true}
	// The familiar and plural forms of "you" become the polite ones, so
	// "habt ihr", "hast du" and "haben Sie" meet.
	l.canon = map[string]string{
		"ok": "okay", "du": "sie", "ihr": "sie", "dein": "sie", "euer": "sie",
		"dich": "ihnen", "dir": "ihnen", "euch": "ihnen",
		"deine": "ihre", "eure": "ihre", "deinen": "ihren", "euren": "ihren",
		"deinem": "ihrem", "eurem": "ihrem", "deiner": "ihrer", "eurer": "ihrer",
		"deines": "ihres", "eures": "ihres",
	}
	l.suffixes = []string{"e", "n", "en", "er", "em", "es", "s", "t", "st", "et", "te", "ten"}
	l.negations = map[string]bool{"nicht": true, "nie": true, "niemals": true, "kein": true, "keine": true,
		"keinen": true, "keinem": true, "keiner": true}
	l.fillers = l.set("äh", "ähm", "ääh", "äähm", "öh", "öhm", "ehm", "hm", "hmm", "mhm", "bitte",
		"also", "halt", "mal", "eben", "eigentlich", "denn")
	l.function = l.set(
		// pronouns and possessives (after the "you" forms became "sie")
		"ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner", "meines",
		"sie", "ihnen", "ihre", "ihren", "ihrem", "ihrer", "ihres", "es", "wir", "uns", "unser",
		"unsere", "man", "sich",
		// articles
		"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
		// prepositions and their contractions
		"zu", "zum", "zur", "in", "im", "an", "am", "auf", "aus", "bei", "beim", "mit", "von", "vom",
		"für", "um", "über", "nach",
		// conjunctions and particles
		"und", "oder", "aber", "dass", "weil", "wenn", "so", "da", "noch", "schon", "auch", "nur",
		"dann", "jetzt",
		// auxiliary and modal verbs
		"bin", "bist", "ist", "sind", "war", "waren", "habe", "hast", "hat", "haben",
		"hatte", "hätte", "hätten", "werde", "wird", "werden", "würde", "würden", "kann", "kannst",
		"können", "könnte", "könnten", "möchte", "möchten", "will", "willst", "wollen", "soll",
		"sollen", "darf", "dürfen", "muss", "müssen",
	)
	l.numbers = foldKeys(l, map[string]numWord{
		"null": {numUnit, 0}, "eins": {numUnit, 1}, "ein": {numArticle, 1}, "eine": {numArticle, 1},
		"zwei": {numUnit, 2}, "zwo": {numUnit, 2}, "drei": {numUnit, 3}, "vier": {numUnit, 4},
		"fünf": {numUnit, 5}, "sechs": {numUnit, 6}, "sieben": {numUnit, 7}, "acht": {numUnit, 8},
		"neun": {numUnit, 9}, "zehn": {numTeen, 10}, "elf": {numTeen, 11}, "zwölf": {numTeen, 12},
		"dreizehn": {numTeen, 13}, "vierzehn": {numTeen, 14}, "fünfzehn": {numTeen, 15},
		"sechzehn": {numTeen, 16}, "siebzehn": {numTeen, 17}, "achtzehn": {numTeen, 18},
		"neunzehn": {numTeen, 19},
		"zwanzig":  {numTens, 20}, "dreißig": {numTens, 30}, "dreisig": {numTens, 30}, "vierzig": {numTens, 40},
		"fünfzig": {numTens, 50}, "sechzig": {numTens, 60}, "siebzig": {numTens, 70}, "achtzig": {numTens, 80},
		"neunzig": {numTens, 90},
		"hundert": {numHundred, 100}, "tausend": {numScale, 1000}, "million": {numScale, 1000000},
		"millionen": {numScale, 1000000}, "milliarde": {numScale, 1000000000},
		"milliarden": {numScale, 1000000000},
		"und":        {numAnd, 0},
	})
	l.ordinals = foldKeys(l, map[string]int{
		"erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6, "siebt": 7,
		"siebent": 7, "acht": 8, "neunt": 9, "zehnt": 10, "elft": 11, "zwölft": 12,
	})
	l.months = foldKeys(l, map[string]time.Month{
		"januar": 1, "jänner": 1, "februar": 2, "feber": 2, "märz": 3, "april": 4, "mai": 5,
		"juni": 6, "juno": 6, "juli": 7, "julei": 7, "august": 8, "september": 9, "oktober": 10,
		"november": 11, "dezember": 12,
	})
	l.weekdays = foldKeys(l, map[string]time.Weekday{
		"montag": time.Monday, "dienstag": time.Tuesday, "mittwoch": time.Wednesday,
		"donnerstag": time.Thursday, "freitag": time.Friday, "samstag": time.Saturday,
		"sonnabend": time.Saturday, "sonntag": time.Sunday,
	})
	l.yesNo = phraseMap(l, map[string]string{
		"ja": "yes", "jawohl": "yes", "jo": "yes", "jep": "yes", "jup": "yes", "genau": "yes",
		"ja genau": "yes", "richtig": "yes", "korrekt": "yes", "stimmt": "yes", "das stimmt": "yes",
		"sicher": "yes", "klar": "yes", "na klar": "yes", "auf jeden fall": "yes", "gerne": "yes",
		"gern": "yes", "okay": "yes", "ok": "yes", "in ordnung": "yes", "einverstanden": "yes",
		"passt": "yes", "ja passt": "yes", "ja gerne": "yes", "das ist richtig": "yes",
		"nein": "no", "ne": "no", "nee": "no", "nö": "no", "nicht": "no", "stimmt nicht": "no",
		"das stimmt nicht": "no", "falsch": "no", "auf keinen fall": "no", "nein danke": "no",
		"lieber nicht": "no", "eher nicht": "no", "das ist falsch": "no", "das ist nicht richtig": "no",
	})
	l.relDays = phraseMap(l, map[string]int{
		"heute": 0, "heute abend": 0, "morgen": 1, "übermorgen": 2, "gestern": -1, "vorgestern": -2,
	})
	l.notBeforeRel = l.set("guten")
	l.nextWords = l.set("nächsten", "nächste", "nächster", "kommenden", "kommende", "kommender",
		"diesen", "diese", "dieser")
	l.dayPrefix = l.set("am", "den", "zum", "ab", "bis")
	l.inWord = "in"
	l.dayUnits = l.set("tag", "tage", "tagen")
	l.weekUnits = l.set("woche", "wochen")
	l.oneWords = l.set("einem", "einer", "einen", "eins", "ein", "eine")
	l.ofWords = map[string]bool{}
	l.theWords = map[string]bool{}
	return l
}
