package main

import (
	"encoding/json"
	"fmt"
)

// botNumber is the number the scripted calls dial.
const botNumber = "+4921112345678"

// call identifies one scripted call: a session id shaped like the UUIDs
// sipgate sends, and a caller number of its own, so every call is a new
// session and a new user to the bot.
type call struct {
	ID   string
	From string
}

// newCall derives the identity of call n of worker w in run run.
func newCall(run uint32, w, n int) call {
	return call{
		ID:   fmt.Sprintf("%08x-%04x-4%03x-8%03x-%012x", run, w&0xffff, (w>>16)&0xfff, n&0xfff, n),
		From: fmt.Sprintf("+49151%04d%04d", w%10000, n%10000),
	}
}

type wireSession struct {
	ID              string `json:"id"`
	AccountID       string `json:"account_id"`
	PhoneNumber     string `json:"phone_number"`
	Direction       string `json:"direction"`
	FromPhoneNumber string `json:"from_phone_number"`
	ToPhoneNumber   string `json:"to_phone_number"`
}

type wireEvent struct {
	Type    string      `json:"type"`
	Digit   string      `json:"digit,omitempty"`
	Text    string      `json:"text,omitempty"`
	Session wireSession `json:"session"`
}

// encodeEvent returns the AI Flow event of step st in call c.
func encodeEvent(st Step, c call) ([]byte, error) {
	ev := wireEvent{Type: st.Type, Session: wireSession{
		ID: c.ID, AccountID: "loadgen", PhoneNumber: botNumber, Direction: "inbound",
		FromPhoneNumber: c.From, ToPhoneNumber: botNumber,
	}}
	switch st.Type {
	case typeDTMF:
		ev.Digit = st.Arg
	case typeUserSpeak:
		ev.Text = st.Arg
	}
	b, err := json.Marshal(ev)
	if err != nil {
		return nil, fmt.Errorf("encode %s: %w", st.Type, err)
	}
	return b, nil
}
