package server

import "github.com/jovo-go/jovo/framework"

// Arrival is an accepted event just before it queues behind the running
// events of its session; Options.OnArrival receives it.
type Arrival struct {
	Envelope
	// Transport says how the event arrived.
	Transport framework.Transport
}
