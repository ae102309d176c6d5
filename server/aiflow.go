package server

import (
	"github.com/jovo-go/jovo/platform/aiflow"
)

// AIFlowDecoder returns the Decoder for sipgate AI Flow events, the
// default of Options.Decoder. It decodes and validates the whole event
// with aiflow.DecodeEvent once and hands the *aiflow.Event to the app, so
// the platform does not decode it again.
func AIFlowDecoder() Decoder {
	return DecoderFunc(func(body []byte) (Envelope, error) {
		ev, err := aiflow.DecodeEvent(body)
		if err != nil {
			return Envelope{}, err
		}
		return Envelope{
			SessionID: ev.Session.ID,
			Type:      string(ev.Type),
			Known:     ev.Type.Known(),
			End:       ev.Type == aiflow.EventSessionEnd,
			Report:    ev.Type.IsReport(),
			Value:     ev,
		}, nil
	})
}

// AIFlowBargeIn returns an Options.OnArrival hook that interrupts a
// session's running request when a barge-in for it arrives, so the
// barge-in need not wait for a reply nobody will hear.
func AIFlowBargeIn(p *aiflow.Platform) func(Arrival) {
	return func(a Arrival) {
		if ev, ok := a.Value.(*aiflow.Event); ok && aiflow.IsBargeIn(ev) {
			p.Interrupt(a.SessionID)
		}
	}
}
