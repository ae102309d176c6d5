package main

import (
	"github.com/jovo-go/jovo/components"
	"github.com/jovo-go/jovo/framework/i18n"
)

// The keys of the menu options: what the Menu resolves with.
const (
	optHours   = "hours"
	optNumber  = "number"
	optSMS     = "sms"
	optPerson  = "person"
	optGoodbye = "goodbye"
	optHelp    = "help"
)

// customerNumberLength is the number of digits of a customer number.
const customerNumberLength = 6

// transferRingSeconds is how long the person's phone rings before the
// call comes back.
const transferRingSeconds = 30

// settings are the settings of every dialogue: two re-asks after unclear
// answers, and two re-prompts after silence, then goodbye and hang-up.
func settings() components.Settings {
	return components.Settings{Retries: 2, NoInputRetries: silenceRetries}
}

// menuConfig is the main menu. Each option is chosen by its key, by
// saying the digit ("two", "zwei"), its label, a synonym or its intent.
// The labels are texts of locales/ (menu.label.*), in both languages.
func menuConfig(tr *i18n.I18n, transferTo string) components.MenuConfig {
	label := func(key string) map[string]string {
		return map[string]string{
			"en": tr.Translate(localeEN, "", "menu.label."+key, nil),
			"de": tr.Translate(localeDE, "", "menu.label."+key, nil),
		}
	}
	return components.MenuConfig{Settings: settings(), Options: []components.MenuOption{
		{Key: optHours, Digit: "1", Labels: label(optHours), Intent: "OpeningHoursIntent",
			Synonyms: []string{"opening hours", "opening times", "Öffnungszeiten", "geöffnet"}},
		{Key: optNumber, Digit: "2", Labels: label(optNumber), Intent: "CustomerNumberIntent",
			Synonyms:  []string{"customer number", "Kundennummer"},
			Component: "Digits", Config: components.DigitsConfig{
				Settings: settings(), Length: customerNumberLength, Confirm: true,
			}.Map()},
		{Key: optSMS, Digit: "3", Labels: label(optSMS), Intent: "SendAddressSmsIntent",
			Synonyms: []string{"address", "text message", "SMS", "Adresse", "Anschrift"}},
		{Key: optPerson, Digit: "0", Labels: label(optPerson), Intent: "TalkToPersonIntent",
			Synonyms: []string{"person", "agent", "human", "operator", "representative", "customer service",
				"Mitarbeiter", "Mensch", "Berater", "Kundendienst", "Kundenservice"},
			Component: "Transfer", Config: components.TransferConfig{
				Target: transferTo, RingSeconds: transferRingSeconds,
			}.Map()},
		// "No" answers "Is there anything else I can do for you?".
		{Key: optGoodbye, Digit: "9", Labels: label(optGoodbye), Intent: "GoodbyeIntent",
			Synonyms: []string{"bye", "no", "no thanks", "no thank you", "nothing", "that's all", "that is all", "hang up",
				"exit", "quit", "end the call", "end call", "ciao", "Tschüss", "Tschau", "auf Wiederhören", "auf Wiedersehen",
				"auf Wiederschauen", "nein", "nein danke", "nichts", "das war's", "das wars", "das ist alles", "auflegen",
				"Ende", "beenden", "Gespräch beenden", "Anruf beenden", "Schluss", "Servus"}},
		{Key: optHelp, Labels: label(optHelp), Intent: "HelpIntent", Synonyms: []string{"help", "Hilfe"}},
	}}
}
