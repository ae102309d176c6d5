// Package aiflow is the sipgate AI Flow platform (protocol v1.11.0): the
// wire layer (the events the service posts, the actions an app answers
// with, the X-API-TOKEN check, a classifier for barge-in text) and the
// framework platform that plugs it into an App.
//
// The wire layer is plain data and pure functions. Decoding is lenient and
// encoding is strict. DecodeEvent ignores fields it does not know, accepts
// the partial session objects the documentation shows, keeps the raw
// bytes and still rejects what a handler could not work with (no type, no
// session id, a text that is not a string, a DTMF key that does not
// exist), with an error that names the field. EncodeActions validates
// every action against the protocol before encoding it with
// encoding/json, so an invalid action never reaches the service.
//
// Platform (New) turns each event into a framework input (session_start
// is LAUNCH, user_speak TEXT, session_end END, the rest types of their
// own, see InputTypeOf), keeps the call's session in the app's store
// under the session id and the caller's data under their number, turns
// output templates and action outputs (c.Send(&aiflow.Speak{…})) into
// actions with the configured defaults, pushes each Send at once over a
// WebSocket, cancels a session's running request when the caller barges
// in, and routes a transfer that came back. NewCall builds the events of
// a call for testsuite. docs/aiflow.md describes it all.
package aiflow
