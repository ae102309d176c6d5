package aiflow

import (
	"github.com/jovo-go/jovo/framework"
)

// Call builds the events of one phone call for tests, so a test reads like
// the call: Start, Say "…", Press "5", BargeIn "…", Timeout, End. Each
// method returns a step for testsuite.Suite.Run: a
// framework.RequestBuilder.
type Call struct {
	// Session is sent with every event; seed it to test numbers,
	// directions or accounts.
	Session Session
}

// NewCall returns a call with a complete inbound session for id.
func NewCall(id string) *Call {
	return &Call{Session: Session{
		ID: id, AccountID: "account-123", PhoneNumber: "+4921112345678",
		Direction: DirectionInbound, FromPhoneNumber: "+4915112345678", ToPhoneNumber: "+4921112345678",
	}}
}

// Step is one event of a call, ready to run: a framework.RequestBuilder.
type Step struct {
	// Event is the event the step sends.
	Event Event
}

// Request encodes the event as the service would send it.
func (s Step) Request() (*framework.Request, error) {
	ev := s.Event
	body, err := ev.MarshalJSON()
	if err != nil {
		return nil, err
	}
	return &framework.Request{Body: body, Transport: framework.TransportTest}, nil
}

func (c *Call) step(ev Event) Step {
	ev.Session = c.Session
	return Step{Event: ev}
}

// Start is session_start (again, after a transfer: a returned call).
func (c *Call) Start() Step { return c.step(Event{Type: EventSessionStart}) }

// Say is user_speak with text.
func (c *Call) Say(text string) Step { return c.step(Event{Type: EventUserSpeak, Text: text}) }

// BargeIn is user_speak with barged_in: the caller interrupted.
func (c *Call) BargeIn(text string) Step {
	return c.step(Event{Type: EventUserSpeak, Text: text, BargedIn: true})
}

// LegacyBargeIn is the deprecated user_barge_in event.
func (c *Call) LegacyBargeIn(text string) Step {
	return c.step(Event{Type: EventUserBargeIn, Text: text})
}

// Press is dtmf_received for one key.
func (c *Call) Press(digit string) Step {
	return c.step(Event{Type: EventDTMFReceived, Digit: digit})
}

// PressAll is one dtmf_received per key of keys. The steps come as
// request builders, so that they go to testsuite.Suite.Run as they are:
// s.Run(call.PressAll("123#")...).
func (c *Call) PressAll(keys string) []framework.RequestBuilder {
	out := make([]framework.RequestBuilder, 0, len(keys))
	for _, k := range keys {
		out = append(out, c.Press(string(k)))
	}
	return out
}

// SpeechStarted is user_speech_started (WebSocket only in production).
func (c *Call) SpeechStarted() Step { return c.step(Event{Type: EventUserSpeechStarted}) }

// AssistantSpeak is assistant_speak for text lasting durationMS.
func (c *Call) AssistantSpeak(text string, durationMS, startedAtMS int64) Step {
	return c.step(Event{Type: EventAssistantSpeak, Text: text, DurationMS: durationMS, SpeechStartedAt: startedAtMS})
}

// SpeechEnded is assistant_speech_ended.
func (c *Call) SpeechEnded() Step { return c.step(Event{Type: EventAssistantSpeechEnded}) }

// Timeout is user_input_timeout: the caller stayed silent.
func (c *Call) Timeout() Step { return c.step(Event{Type: EventUserInputTimeout}) }

// SMSFailed is sms_failed for a number with the service's reason.
func (c *Call) SMSFailed(phoneNumber, reason string) Step {
	return c.step(Event{Type: EventSMSFailed, PhoneNumber: phoneNumber, SMSError: reason})
}

// End is session_end: the call is over.
func (c *Call) End() Step { return c.step(Event{Type: EventSessionEnd}) }

// Unknown is an event of a type the protocol does not know yet.
func (c *Call) Unknown(eventType string) Step { return c.step(Event{Type: EventType(eventType)}) }
