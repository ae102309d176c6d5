package components

// textEN returns the built-in English text for id ("Kind.key"), falling
// back to the texts all components share ("common.key"), or "".
func textEN(id string) string {
	switch id {
	case "YesNo.prompt":
		return "Is that correct?"
	case "YesNo.hint":
		return "Please say yes or no, or press {{yesKey}} for yes and {{noKey}} for no."
	case "YesNo.help":
		return "I need a yes or a no; you can also press {{yesKey}} for yes and {{noKey}} for no."

	case "Digits.prompt":
		return "Please enter your {{length}}-digit number on the keypad, or say it digit by digit."
	case "Digits.promptOpen":
		return "Please enter the number on the keypad and finish with the hash key, or say it digit by digit."
	case "Digits.more":
		return "Okay, please go on."
	case "Digits.partial":
		return "I have {{digits}} so far. Please enter the rest, or press star to start over."
	case "Digits.restart":
		return "Okay, let's start over."
	case "Digits.invalid":
		return "Sorry, that number is not valid."
	case "Digits.wrongLength":
		return "Sorry, that was not a {{length}}-digit number."
	case "Digits.tooShort":
		return "Sorry, that number is too short."
	case "Digits.tooLong":
		return "Sorry, that number is too long."
	case "Digits.readBack":
		return "You entered {{digits}}. Is that correct?"
	case "Digits.retry":
		return "Okay, let's try again."
	case "Digits.notConfirmed":
		return "The number was not registered."
	case "Digits.help":
		return "You can type the number on your phone's keypad, or say the digits one after the other, for example four, two, one. Say start over to begin again, or cancel to stop."

	case "Menu.intro":
		return "Please choose one of the following options."
	case "Menu.option":
		return "For {{label}}, press {{digit}}."
	case "Menu.optionSay":
		return "Or say {{label}}."
	case "Menu.noMatch":
		return "Sorry, that is not one of the options."

	case "NoInput.prompt":
		return "How can I help you?"
	case "NoInput.noInput":
		return "Are you still there?"

	case "Transfer.announce":
		return "Please hold, I'm connecting you."
	case "Transfer.failed":
		return "I'm sorry, nobody is available right now."
	}
	return commonEN(id)
}

// commonEN holds the English texts every component shares.
func commonEN(id string) string {
	switch key(id) {
	case "unclear":
		return "Sorry, I didn't get that."
	case "noInput":
		return "I didn't hear anything."
	case "goodbye":
		return "I'm ending the call now. Goodbye!"
	case "ack":
		return "Alright."
	}
	return ""
}
