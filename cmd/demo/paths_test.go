package main

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/platform/aiflow"
)

// path is one way through the demo, as a scripted call.
type path struct {
	name  string
	call  func(c *aiflow.Call) // adjusts the call's session
	turns []turn
}

// keypadNumber enters 123456 by keypad: the first key stops the prompt,
// the next four get no answer, the sixth is read back.
func keypadNumber() []turn {
	return []turn{
		{give: press("1"), want: []string{"barge_in"}},
		{give: press("2")}, {give: press("3")}, {give: press("4")}, {give: press("5")},
		{give: press("6"), want: speaks(), say: text("components.Digits.readBack", "digits", "1 2 3 4 5 6")},
	}
}

// registered is the answer to a confirmed number.
func registered(digits string) func(*texts) string {
	return then(text("registered", "digits", spaced(digits)), menu("menu.again"))
}

// menuPaths are every path through the menu, by key and by speech.
func menuPaths() []path {
	again := func(before ...string) func(*texts) string { return menu("menu.again", before...) }
	cancelled := func() []turn {
		return []turn{
			{give: say("pizza", "Pizza"), want: speaks(), say: menu("menu.intro", "components.Menu.noMatch")},
			{give: say("the weather", "das Wetter"), want: speaks(), say: menu("menu.intro", "components.Menu.noMatch")},
			{give: say("bananas", "Bananen"), want: speaks(), say: text("menuCancelled")},
		}
	}
	return []path{
		{name: "hours by key", turns: []turn{greeting(),
			{give: press("1"), want: speaks(), say: again("hours")}}},
		{name: "hours by saying the digit", turns: []turn{greeting(),
			{give: say("one", "eins"), want: speaks(), say: again("hours")}}},
		{name: "hours by intent", turns: []turn{greeting(),
			{give: say("when are you open", "wann haben Sie geöffnet"), want: speaks(), say: again("hours")}}},
		{name: "number by keypad, confirmed by key", turns: append(append([]turn{greeting(),
			{give: press("2"), want: speaks(), say: text("components.Digits.prompt", "length", 6)}},
			keypadNumber()...),
			turn{give: press("1"), want: speaks(), say: registered("123456")})},
		{name: "number by speech, confirmed by speech", turns: []turn{greeting(),
			{give: say("customer number", "Kundennummer"), want: speaks(), say: text("components.Digits.prompt", "length", 6)},
			{give: say("four two", "vier zwei"), want: speaks(), say: text("components.Digits.partial", "digits", "4 2")},
			{give: say("one seven three nine", "eins sieben drei neun"), want: speaks(),
				say: text("components.Digits.readBack", "digits", "4 2 1 7 3 9")},
			{give: say("yes", "ja"), want: speaks(), say: registered("421739")}}},
		{name: "number rejected, then entered again", turns: append(append([]turn{greeting(),
			{give: press("2"), want: speaks()},
			{give: say("nine nine nine nine nine nine", "neun neun neun neun neun neun"), want: speaks(),
				say: text("components.Digits.readBack", "digits", "9 9 9 9 9 9")},
			{give: say("no", "nein"), want: speaks(), say: then(text("components.Digits.retry"), text("components.Digits.prompt", "length", 6))}},
			keypadNumber()...),
			turn{give: say("yes", "ja"), want: speaks(), say: registered("123456")})},
		{name: "number by speech, with words for digits", turns: []turn{greeting(),
			{give: say("customer number", "Kundennummer"), want: speaks(), say: text("components.Digits.prompt", "length", 6)},
			{give: say("four to one seven three nine", "vier zwei ein sieben drei neun"), want: speaks(),
				say: text("components.Digits.readBack", "digits", "4 2 1 7 3 9")},
			{give: say("yes", "ja"), want: speaks(), say: registered("421739")}}},
		{name: "number rejected as often as allowed", turns: []turn{greeting(),
			{give: press("2"), want: speaks()},
			{give: say("nine nine nine nine nine nine", "neun neun neun neun neun neun"), want: speaks()},
			{give: say("no", "nein"), want: speaks(), say: then(text("components.Digits.retry"), text("components.Digits.prompt", "length", 6))},
			{give: say("nine nine nine nine nine eight", "neun neun neun neun neun acht"), want: speaks()},
			{give: say("no", "nein"), want: speaks(), say: then(text("components.Digits.retry"), text("components.Digits.prompt", "length", 6))},
			{give: say("nine nine nine nine nine seven", "neun neun neun neun neun sieben"), want: speaks(),
				say: text("components.Digits.readBack", "digits", "9 9 9 9 9 7")},
			{give: say("no", "nein"), want: speaks(), say: again("components.Digits.notConfirmed")},
			{give: press("1"), want: speaks(), say: again("hours")}}},
		{name: "number of the wrong length", turns: []turn{greeting(),
			{give: press("2"), want: speaks()},
			{give: say("one two three four five six seven", "eins zwei drei vier fünf sechs sieben"), want: speaks(),
				say: then(text("components.Digits.wrongLength", "length", 6), text("components.Digits.prompt", "length", 6))}}},
		{name: "help while entering the number", turns: []turn{greeting(),
			{give: press("2"), want: speaks()},
			{give: say("help", "Hilfe"), want: speaks(),
				say: then(text("components.Digits.help", "length", 6), text("components.Digits.prompt", "length", 6))},
			{give: press("4"), want: []string{"barge_in"}},
			{give: say("help", "Hilfe"), want: speaks(),
				say: then(text("components.Digits.help", "length", 6), text("components.Digits.partial", "digits", "4"))},
			{give: say("two one seven three nine", "zwei eins sieben drei neun"), want: speaks(),
				say: text("components.Digits.readBack", "digits", "4 2 1 7 3 9")},
			{give: say("help", "Hilfe"), want: speaks(),
				say: then(text("components.YesNo.help"), text("components.Digits.readBack", "digits", "4 2 1 7 3 9"))},
			{give: say("yes", "ja"), want: speaks(), say: registered("421739")}}},
		{name: "number cancelled at the read-back", turns: []turn{greeting(),
			{give: press("2"), want: speaks()},
			{give: say("one two three four five six", "eins zwei drei vier fünf sechs"), want: speaks(),
				say: text("components.Digits.readBack", "digits", "1 2 3 4 5 6")},
			{give: say("cancel", "abbrechen"), want: speaks(), say: again("components.Digits.notConfirmed")}}},
		{name: "number cancelled", turns: []turn{greeting(),
			{give: press("2"), want: speaks()},
			{give: say("cancel", "abbrechen"), want: speaks(), say: again()}}},
		{name: "sms failed: the caller hears it, and the dialogue goes on", turns: []turn{greeting(),
			{give: press("3"), want: []string{"send_sms", "speak"}, say: again("smsSent")},
			{give: press("2"), want: speaks(), say: text("components.Digits.prompt", "length", 6)},
			{give: func(c *aiflow.Call, _ string) aiflow.Step { return c.SMSFailed("+4915112345678", "not delivered") }, want: speaks(),
				say: then(text("smsFailed"), text("components.Digits.prompt", "length", 6))},
			{give: silence(), want: speaks(), say: then(text("components.Digits.noInput"), text("components.Digits.prompt", "length", 6))},
			{give: press("1"), want: []string{"barge_in"}},
			{give: end()}}},
		{name: "sms by key", turns: []turn{greeting(),
			{give: press("3"), want: []string{"send_sms", "speak"}, say: again("smsSent"), check: smsTo("+4915112345678")}}},
		{name: "sms by speech", turns: []turn{greeting(),
			{give: say("send me the address", "schicken Sie mir die Adresse"), want: []string{"send_sms", "speak"}, say: again("smsSent")}}},
		{name: "sms without a caller number", call: func(c *aiflow.Call) { c.Session.FromPhoneNumber = "anonymous" },
			turns: []turn{greeting(), {give: press("3"), want: speaks(), say: again("smsNoNumber")}}},
		{name: "sms to a number in national format", call: func(c *aiflow.Call) { c.Session.FromPhoneNumber = "015112345678" },
			turns: []turn{greeting(), {give: press("3"), want: speaks(), say: again("smsNoNumber")}}},
		{name: "no more wishes", turns: []turn{greeting(),
			{give: press("1"), want: speaks(), say: again("hours")},
			{give: say("no thanks", "nein danke"), want: hangsUp(), say: text("goodbye")}}},
		{name: "that was all", turns: []turn{greeting(),
			{give: press("1"), want: speaks()},
			{give: say("no that's all", "nein das war's"), want: hangsUp(), say: text("goodbye")}}},
		{name: "no, but the opening hours", turns: []turn{greeting(),
			{give: press("3"), want: []string{"send_sms", "speak"}},
			{give: say("no, the opening hours", "nein, die Öffnungszeiten"), want: speaks(), say: again("hours")}}},
		{name: "a restarted demo greets a call it does not know", turns: []turn{
			{give: say("hello", "hallo"), want: speaks(), say: menu("menu.intro", "greeting")}}},
		{name: "a restarted demo greets a key it does not know", turns: []turn{
			{give: press("1"), want: speaks(), say: menu("menu.intro", "greeting")},
			{give: press("1"), want: speaks(), say: again("hours")}}},
		{name: "a restarted demo greets silence it does not know", turns: []turn{
			{give: silence(), want: speaks(), say: menu("menu.intro", "greeting")}}},
		{name: "person by key, transfer comes back", turns: []turn{greeting(),
			{give: press("0"), want: []string{"speak", "transfer"}, say: text("components.Transfer.announce"), check: transferTo(defaultTransferTo)},
			{give: start(), want: speaks(), say: again("components.Transfer.failed")},
			{give: press("1"), want: speaks(), say: again("hours")}}},
		{name: "person, a stale timeout while the transfer rings, then it comes back", turns: []turn{greeting(),
			{give: say("a person please", "einen Mitarbeiter bitte"), want: []string{"speak", "transfer"}, check: transferTo(defaultTransferTo)},
			{give: silence()},
			{give: start(), want: speaks(), say: again("components.Transfer.failed")}}},
		{name: "person, the caller is back without a returned session_start", turns: []turn{greeting(),
			{give: press("0"), want: []string{"speak", "transfer"}},
			{give: bargeIn("hello?", "hallo?"), want: speaks(), say: again("components.Transfer.failed")},
			{give: press("1"), want: speaks(), say: again("hours")}}},
		{name: "person, goodbye while the transfer rings", turns: []turn{greeting(),
			{give: press("0"), want: []string{"speak", "transfer"}},
			{give: say("goodbye", "auf Wiederhören"), want: hangsUp(), say: text("goodbye")}}},
		{name: "person, the caller's number withheld", call: func(c *aiflow.Call) { c.Session.FromPhoneNumber = "anonymous" },
			turns: []turn{greeting(), {give: press("0"), want: []string{"speak", "transfer"}, check: transferAs(defaultTransferTo, flowNumber)}}},
		{name: "person, no caller number", call: func(c *aiflow.Call) { c.Session.FromPhoneNumber = "" },
			turns: []turn{greeting(), {give: press("0"), want: []string{"speak", "transfer"}, check: transferAs(defaultTransferTo, flowNumber)}}},
		{name: "person, the caller's number in national format", call: func(c *aiflow.Call) { c.Session.FromPhoneNumber = "015112345678" },
			turns: []turn{greeting(), {give: press("0"), want: []string{"speak", "transfer"}, check: transferAs(defaultTransferTo, flowNumber)}}},
		{name: "person, the caller's number with spaces", call: func(c *aiflow.Call) { c.Session.FromPhoneNumber = "+49 151 1234567" },
			turns: []turn{greeting(), {give: press("0"), want: []string{"speak", "transfer"}, check: transferAs(defaultTransferTo, flowNumber)}}},
		{name: "person, no flow number", call: func(c *aiflow.Call) { c.Session.PhoneNumber = "" },
			turns: []turn{greeting(), {give: press("0"), want: []string{"speak", "transfer"}, check: transferTo(defaultTransferTo)}}},
		{name: "person by speech", turns: []turn{greeting(),
			{give: say("I want to talk to a person", "einen Mitarbeiter bitte"), want: []string{"speak", "transfer"}, check: transferTo(defaultTransferTo)},
			{give: end()}}},
		{name: "goodbye by key", turns: []turn{greeting(), {give: press("9"), want: hangsUp(), say: text("goodbye")}}},
		{name: "goodbye by speech", turns: []turn{greeting(), {give: say("goodbye", "auf Wiederhören"), want: hangsUp(), say: text("goodbye")}}},
		{name: "goodbye by another word", turns: []turn{greeting(), {give: say("exit", "Tschau"), want: hangsUp(), say: text("goodbye")}}},
		{name: "goodbye as the menu says it", turns: []turn{greeting(),
			{give: say("I'd like to end the call", "Gespräch beenden"), want: hangsUp(), say: text("goodbye")}}},
		{name: "goodbye by quit", turns: []turn{greeting(), {give: say("quit", "Schluss"), want: hangsUp(), say: text("goodbye")}}},
		{name: "a misheard word in the middle of the number keeps the digits", turns: []turn{greeting(),
			{give: press("2"), want: speaks()},
			{give: say("one two three", "eins zwei drei"), want: speaks(), say: text("components.Digits.partial", "digits", "1 2 3")},
			{give: say("blah blah", "Korrektur"), want: speaks(),
				say: then(text("components.Digits.unclear"), text("components.Digits.partial", "digits", "1 2 3"))},
			{give: say("four five six", "vier fünf sechs"), want: speaks(), say: text("components.Digits.readBack", "digits", "1 2 3 4 5 6")}}},
		{name: "person by another word", turns: []turn{greeting(),
			{give: say("customer service please", "Kundendienst bitte"), want: []string{"speak", "transfer"}, check: transferTo(defaultTransferTo)}}},
		{name: "goodbye while entering the number", turns: []turn{greeting(),
			{give: press("2"), want: speaks()},
			{give: say("bye", "tschüss"), want: hangsUp(), say: text("goodbye")}}},
		{name: "help", turns: []turn{greeting(), {give: say("help", "Hilfe"), want: speaks(), say: again("help")}}},
		{name: "star repeats the menu", turns: []turn{greeting(), {give: press("*"), want: speaks(), say: menu("menu.intro")}}},
		{name: "asking for the menu repeats it, not counted as a miss", turns: []turn{greeting(),
			{give: say("pizza", "Pizza"), want: speaks(), say: menu("menu.intro", "components.Menu.noMatch")},
			{give: say("say that again", "noch einmal"), want: speaks(), say: menu("menu.intro")},
			{give: say("the weather", "das Wetter"), want: speaks(), say: menu("menu.intro", "components.Menu.noMatch")},
			{give: say("repeat", "wiederholen"), want: speaks(), say: menu("menu.intro")},
			{give: say("options", "Optionen"), want: speaks(), say: menu("menu.intro")},
			{give: say("bananas", "Bananen"), want: speaks(), say: text("menuCancelled")}}},
		{name: "the menu again after an answer", turns: []turn{greeting(),
			{give: press("1"), want: speaks(), say: again("hours")},
			{give: say("menu", "Menü"), want: speaks(), say: again()},
			{give: say("again", "nochmal"), want: speaks(), say: again()}}},
		{name: "number as the second one", turns: []turn{greeting(),
			{give: say("the second one", "die zweite"), want: speaks(), say: text("components.Digits.prompt", "length", 6)}}},
		{name: "sms as the third option", turns: []turn{greeting(),
			{give: say("the third option", "die dritte Option"), want: []string{"send_sms", "speak"}, say: again("smsSent")}}},
		{name: "help as the last one", turns: []turn{greeting(),
			{give: say("the last one", "die letzte"), want: speaks(), say: again("help")}}},
		{name: "hours as the first", turns: []turn{greeting(),
			{give: say("first", "das erste"), want: speaks(), say: again("hours")}}},
		{name: "one alone is still the digit", turns: []turn{greeting(),
			{give: say("one", "eins"), want: speaks(), say: again("hours")}}},
		{name: "number and a digit is the digit", turns: []turn{greeting(),
			{give: say("number one", "Nummer eins"), want: speaks(), say: again("hours")},
			{give: say("number three", "Nummer drei"), want: []string{"send_sms", "speak"}, say: again("smsSent")}}},
		{name: "oh is no zero", turns: []turn{greeting(),
			{give: say("Oh.", "Oh, hallo"), want: speaks(), say: menu("menu.intro", "components.Menu.noMatch")},
			{give: say("oh okay", "oh"), want: speaks(), say: menu("menu.intro", "components.Menu.noMatch")},
			{give: say("zero", "null"), want: []string{"speak", "transfer"}}}},
		{name: "no match three times, then the menu comes back", turns: append(append([]turn{greeting()}, cancelled()...),
			turn{give: press("5"), want: speaks(), say: menu("menu.intro")})},
		{name: "session_end", turns: []turn{greeting(), {give: end()}}},
	}
}

// silencePaths are what happens when the caller says nothing.
func silencePaths() []path {
	stillThere := func(k string, kv ...any) func(*texts) string {
		return then(text("components.Menu.noInput"), text(k, kv...))
	}
	return []path{
		{name: "silent in the menu", turns: []turn{greeting(),
			{give: silence(), want: speaks(), say: menu("menu.intro", "components.Menu.noInput")},
			{give: silence(), want: speaks(), say: menu("menu.intro", "components.Menu.noInput")},
			{give: silence(), want: hangsUp(), say: text("components.Menu.goodbye")}}},
		{name: "silence count starts afresh after an answer", turns: []turn{greeting(),
			{give: silence(), want: speaks()},
			{give: press("1"), want: speaks()},
			{give: silence(), want: speaks()}, {give: silence(), want: speaks()},
			{give: silence(), want: hangsUp()}}},
		{name: "silent while entering the number", turns: []turn{greeting(),
			{give: press("2"), want: speaks()},
			{give: silence(), want: speaks(), say: stillThere("components.Digits.prompt", "length", 6)},
			{give: silence(), want: speaks()},
			{give: silence(), want: hangsUp(), say: text("components.Digits.goodbye")}}},
		{name: "silent after leaving the menu (NoInputFallback)", turns: []turn{greeting(),
			{give: say("cancel", "abbrechen"), want: speaks(), say: text("menuCancelled")},
			{give: silence(), want: speaks(), say: then(text("components.NoInput.noInput"), text("menuCancelled"))},
			{give: silence(), want: speaks(), say: then(text("components.NoInput.noInput"), text("menuCancelled"))},
			{give: silence(), want: hangsUp(), say: text("components.NoInput.goodbye")}}},
	}
}

// bargeInPaths are the caller interrupting the bot.
func bargeInPaths() []path {
	return []path{
		{name: "barge-in in the menu", turns: []turn{greeting(),
			{give: bargeIn("[noise]", "[noise]")},
			{give: bargeIn("stop", "stopp"), want: []string{"barge_in"}},
			{give: bargeIn("mhm", "mhm"), want: speaks(), say: menu("menu.intro", "components.Menu.ack")},
			{give: bargeIn("opening hours", "Öffnungszeiten"), want: speaks(), say: menu("menu.again", "hours")}}},
		{name: "barge-in while confirming the number", turns: append(append([]turn{greeting(),
			{give: press("2"), want: speaks()}}, keypadNumber()...),
			turn{give: bargeIn("yes", "ja"), want: speaks(), say: registered("123456")})},
		{name: "barge-in after leaving the menu (BargeIn)", turns: []turn{greeting(),
			{give: say("never mind", "vergiss es"), want: speaks(), say: text("menuCancelled")},
			{give: bargeIn("[noise]", "[noise]")},
			{give: bargeIn("mhm", "mhm"), want: speaks(), say: then(text("components.BargeIn.ack"), text("menuCancelled"))},
			{give: bargeIn("the opening hours please", "die Öffnungszeiten bitte"), want: speaks(), say: menu("menu.intro")}}},
		{name: "notices and unknown events get no answer", turns: []turn{greeting(),
			{give: func(c *aiflow.Call, _ string) aiflow.Step { return c.AssistantSpeak("Welcome", 1200, 1) }},
			{give: func(c *aiflow.Call, _ string) aiflow.Step { return c.SpeechEnded() }},
			{give: func(c *aiflow.Call, _ string) aiflow.Step { return c.Unknown("future_event") }},
			{give: press("1"), want: speaks(), say: menu("menu.again", "hours")}}},
	}
}

// TestPaths runs every path in both languages over the webhook and over
// a WebSocket.
func TestPaths(t *testing.T) {
	paths := append(append(menuPaths(), silencePaths()...), bargeInPaths()...)
	for _, locale := range []string{localeEN, localeDE} {
		t.Run(locale, func(t *testing.T) {
			e := newEnv(t, testConfig(locale))
			x := newTexts(t, locale)
			for _, transport := range []string{"webhook", "websocket"} {
				for i, p := range paths {
					t.Run(transport+"/"+p.name, func(t *testing.T) {
						var l line = webhook{e}
						if transport == "websocket" {
							l = socket{e.dial()}
						}
						call := aiflow.NewCall(fmt.Sprintf("%s-%s-%d", locale, transport, i))
						if p.call != nil {
							p.call(call)
						}
						script(t, l, x, call, p.turns)
					})
				}
			}
		})
	}
}

// smsTo checks the send_sms of an answer.
func smsTo(number string) func(*testing.T, []aiflow.Action) {
	return func(t *testing.T, acts []aiflow.Action) {
		sms, ok := acts[0].(*aiflow.SendSMS)
		require.True(t, ok)
		assert.Equal(t, number, "+"+sms.PhoneNumber)
		assert.NotEmpty(t, sms.Message)
	}
}

// flowNumber is the demo's own number in the test calls: the number
// that was called.
const flowNumber = "+4921112345678"

// transferTo checks the transfer of an answer: the target, a 30 s ring
// timeout, the caller's number shown.
func transferTo(number string) func(*testing.T, []aiflow.Action) {
	return transferAs(number, "+4915112345678")
}

// transferAs is transferTo with the number shown to the target, which is
// its name too.
func transferAs(number, callerID string) func(*testing.T, []aiflow.Action) {
	return func(t *testing.T, acts []aiflow.Action) {
		tr, ok := acts[1].(*aiflow.Transfer)
		require.True(t, ok)
		assert.Equal(t, number, "+"+tr.TargetPhoneNumber)
		assert.Equal(t, transferRingSeconds, tr.Timeout)
		assert.Equal(t, callerID, "+"+tr.CallerIDNumber, "sent without the +")
		assert.Equal(t, callerID, tr.CallerIDName)
		sp := acts[0].(*aiflow.Speak)
		assert.Equal(t, float64(0), sp.UserInputTimeoutSeconds, "no input timer before a transfer")
	}
}
