package components

import "strings"

// textDE returns the built-in German text for id ("Kind.key"), falling
// back to the texts all components share, or "".
func textDE(id string) string {
	switch id {
	case "YesNo.prompt":
		return "Ist das richtig?"
	case "YesNo.hint":
		return "Bitte sagen Sie ja oder nein, oder drücken Sie die {{yesKey}} für ja und die {{noKey}} für nein."
	case "YesNo.help":
		return "Ich brauche ein Ja oder ein Nein; Sie können auch die {{yesKey}} für ja und die {{noKey}} für nein drücken."

	case "Digits.prompt":
		return "Bitte geben Sie Ihre {{length}}-stellige Nummer über die Tastatur ein, oder sagen Sie sie Ziffer für Ziffer."
	case "Digits.promptOpen":
		return "Bitte geben Sie die Nummer über die Tastatur ein und schließen Sie mit der Rautetaste ab, oder sagen Sie sie Ziffer für Ziffer."
	case "Digits.more":
		return "Gut, bitte weiter."
	case "Digits.partial":
		return "Ich habe bisher {{digits}}. Bitte geben Sie den Rest ein, oder drücken Sie die Sterntaste, um neu zu beginnen."
	case "Digits.restart":
		return "Gut, wir fangen von vorne an."
	case "Digits.invalid":
		return "Entschuldigung, diese Nummer ist ungültig."
	case "Digits.wrongLength":
		return "Entschuldigung, das war keine {{length}}-stellige Nummer."
	case "Digits.tooShort":
		return "Entschuldigung, die Nummer ist zu kurz."
	case "Digits.tooLong":
		return "Entschuldigung, die Nummer ist zu lang."
	case "Digits.readBack":
		return "Sie haben {{digits}} eingegeben. Ist das richtig?"
	case "Digits.retry":
		return "Gut, versuchen wir es noch einmal."
	case "Digits.notConfirmed":
		return "Die Nummer wurde nicht registriert."
	case "Digits.help":
		return "Sie können die Nummer über die Tastatur Ihres Telefons eingeben oder die Ziffern nacheinander sagen, zum Beispiel vier, zwei, eins. Sagen Sie von vorne, um neu zu beginnen, oder abbrechen, um aufzuhören."

	case "Menu.intro":
		return "Bitte wählen Sie eine der folgenden Optionen."
	case "Menu.option":
		return "Für {{label}} drücken Sie die {{digit}}."
	case "Menu.optionSay":
		return "Oder sagen Sie {{label}}."
	case "Menu.noMatch":
		return "Entschuldigung, das ist keine der Optionen."

	case "NoInput.prompt":
		return "Wie kann ich Ihnen helfen?"
	case "NoInput.noInput":
		return "Sind Sie noch da?"

	case "Transfer.announce":
		return "Einen Moment bitte, ich verbinde Sie."
	case "Transfer.failed":
		return "Leider ist gerade niemand erreichbar."
	}
	return commonDE(id)
}

// commonDE holds the German texts every component shares.
func commonDE(id string) string {
	switch key(id) {
	case "unclear":
		return "Entschuldigung, das habe ich nicht verstanden."
	case "noInput":
		return "Ich habe nichts gehört."
	case "goodbye":
		return "Ich beende jetzt das Gespräch. Auf Wiederhören!"
	case "ack":
		return "Gut."
	}
	return ""
}

// key returns the text key of an id ("Kind.key" → "key").
func key(id string) string {
	if i := strings.LastIndexByte(id, '.'); i >= 0 {
		return id[i+1:]
	}
	return id
}
