package nlu

import "time"

// english returns the English lexicon.
func english() *language {
	l := &language{code: "en"}
	l.contractions = map[string][]string{
		"i'm": {"i", "am"}, "im": {"i", "am"}, "i've": {"i", "have"}, "ive": {"i", "have"},
		"i'd": {"i", "would"}, "i'll": {"i", "will"},
		"you're": {"you", "are"}, "youre": {"you", "are"}, "you've": {"you", "have"}, "you'll": {"you", "will"},
		"we're": {"we", "are"}, "they're": {"they", "are"}, "he's": {"he", "is"}, "she's": {"she", "is"},
		"it's": {"it", "is"}, "that's": {"that", "is"}, "thats": {"that", "is"},
		"what's": {"what", "is"}, "whats": {"what", "is"}, "where's": {"where", "is"}, "wheres": {"where", "is"},
		"when's": {"when", "is"}, "how's": {"how", "is"}, "who's": {"who", "is"},
		"there's": {"there", "is"}, "theres": {"there", "is"}, "here's": {"here", "is"}, "let's": {"let", "us"},
		"don't": {"do", "not"}, "dont": {"do", "not"}, "doesn't": {"does", "not"}, "doesnt": {"does", "not"},
		"didn't": {"did", "not"}, "didnt": {"did", "not"}, "can't": {"can", "not"}, "cant": {"can", "not"},
		"cannot": {"can", "not"}, "won't": {"will", "not"}, "wont": {"will", "not"},
		"isn't": {"is", "not"}, "isnt": {"is", "not"}, "aren't": {"are", "not"}, "arent": {"are", "not"},
		"wasn't": {"was", "not"}, "couldn't": {"could", "not"}, "wouldn't": {"would", "not"},
		"shouldn't": {"should", "not"}, "haven't": {"have", "not"}, "hasn't": {"has", "not"},
		"wanna": {"want", "to"}, "gonna": {"going", "to"}, "gotta": {"got", "to"},
	}
	l.canon = map[string]string{"ok": "okay"}
	l.suffixes = []string{"s", "es", "ed", "d", "ing", "ly"}
	l.negations = map[string]bool{"not": true, "never": true}
	l.fillers = l.set("uh", "uhh", "uhm", "um", "umm", "er", "erm", "ah", "ahh", "eh", "hm", "hmm", "hmmm",
		"mm", "mhm", "please", "pls", "kindly", "actually", "basically")
	l.function = l.set(
		// pronouns and possessives
		"i", "me", "my", "mine", "you", "your", "yours", "it", "its", "we", "us", "our", "they",
		"them", "their", "he", "him", "his", "she", "her", "this", "that", "these", "those",
		// articles and determiners
		"the", "a", "an", "some", "any",
		// prepositions
		"to", "of", "for", "in", "on", "at", "with", "from", "by", "about", "into",
		// conjunctions and particles
		"and", "or", "but", "so", "if", "because", "just", "then", "now",
		// auxiliary and modal verbs
		"am", "is", "are", "was", "were", "be", "been", "do", "does", "did", "have", "has", "had",
		"can", "could", "will", "would", "shall", "should", "might", "must",
	)
	l.numbers = foldKeys(l, map[string]numWord{
		"zero": {numUnit, 0}, "nought": {numUnit, 0}, "oh": {numOh, 0},
		"one": {numUnit, 1}, "two": {numUnit, 2}, "three": {numUnit, 3}, "four": {numUnit, 4},
		"five": {numUnit, 5}, "six": {numUnit, 6}, "seven": {numUnit, 7}, "eight": {numUnit, 8}, "nine": {numUnit, 9},
		"ten": {numTeen, 10}, "eleven": {numTeen, 11}, "twelve": {numTeen, 12}, "thirteen": {numTeen, 13},
		"fourteen": {numTeen, 14}, "fifteen": {numTeen, 15}, "sixteen": {numTeen, 16}, "seventeen": {numTeen, 17},
		"eighteen": {numTeen, 18}, "nineteen": {numTeen, 19},
		"twenty": {numTens, 20}, "thirty": {numTens, 30}, "forty": {numTens, 40}, "fourty": {numTens, 40},
		"fifty": {numTens, 50}, "sixty": {numTens, 60}, "seventy": {numTens, 70}, "eighty": {numTens, 80},
		"ninety":  {numTens, 90},
		"hundred": {numHundred, 100}, "thousand": {numScale, 1000}, "million": {numScale, 1000000},
		"billion": {numScale, 1000000000},
		"and":     {numAnd, 0}, "a": {numArticle, 1}, "an": {numArticle, 1},
		"double": {numRepeat, 2}, "triple": {numRepeat, 3},
	})
	l.ordinals = foldKeys(l, map[string]int{
		"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
		"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
		"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
		"nineteenth": 19, "twentieth": 20, "thirtieth": 30,
	})
	l.months = foldKeys(l, map[string]time.Month{
		"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "april": 4, "apr": 4, "may": 5,
		"june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9,
		"sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
	})
	l.weekdays = foldKeys(l, map[string]time.Weekday{
		"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
		"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
	})
	l.yesNo = phraseMap(l, map[string]string{
		"yes": "yes", "yeah": "yes", "yea": "yes", "yep": "yes", "yup": "yes", "sure": "yes",
		"of course": "yes", "correct": "yes", "right": "yes", "that's right": "yes",
		"that's correct": "yes", "exactly": "yes", "absolutely": "yes", "affirmative": "yes",
		"okay": "yes", "ok": "yes", "all right": "yes", "alright": "yes", "definitely": "yes",
		"certainly": "yes", "sounds good": "yes", "yes please": "yes", "yes it is": "yes",
		"no": "no", "nope": "no", "nah": "no", "no thanks": "no", "no thank you": "no",
		"not really": "no", "negative": "no", "incorrect": "no", "wrong": "no", "that's wrong": "no",
		"that's not right": "no", "that's not correct": "no", "not at all": "no", "no way": "no",
		"no it isn't": "no", "no it's not": "no",
	})
	l.relDays = phraseMap(l, map[string]int{
		"today": 0, "tonight": 0, "tomorrow": 1, "day after tomorrow": 2,
		"the day after tomorrow": 2, "yesterday": -1, "day before yesterday": -2,
	})
	l.nextWords = l.set("next", "this", "coming")
	l.dayPrefix = l.set("the", "on")
	l.inWord = "in"
	l.dayUnits = l.set("day", "days")
	l.weekUnits = l.set("week", "weeks")
	l.oneWords = l.set("a", "one")
	l.ofWords = l.set("of")
	l.theWords = l.set("the")
	return l
}
