// Package storetest is the conformance suite for framework.Store backends:
// every backend, the embedded MemoryStore included, must pass Run.
//
//	func TestRedisStore(t *testing.T) {
//		storetest.Run(t, func() framework.Store { return newRedisStore(t) })
//	}
//
// The suite checks the Store contract: ErrNotFound for missing records,
// round trips, deep copies in and out (also of a session loaded, changed
// and saved back, as a turn does), replacing, deleting, session expiry ttl
// after UpdatedAt, users without expiry, concurrent use and context
// cancellation. A backend whose clock can be injected also gets the expiry
// checked against a moving clock (WithClock).
package storetest
