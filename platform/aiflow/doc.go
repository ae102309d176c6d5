// Package aiflow is the wire layer of the sipgate AI Flow platform
// (protocol v1.11.0): the events the service posts, the actions an app
// answers with, the X-API-TOKEN check and a classifier for barge-in text.
//
// Decoding is lenient and encoding is strict. DecodeEvent ignores fields it
// does not know, accepts the partial session objects the documentation
// shows, keeps the raw bytes and still rejects what a handler could not
// work with (no type, no session id, a text that is not a string, a DTMF
// key that does not exist), with an error that names the field.
// EncodeActions validates every action against the protocol before a
// single byte is written, so an invalid action never reaches the service.
//
// Nothing here knows the framework: this package is plain data, pure
// functions and net/http types, so the server, the framework platform and
// tests can share it.
package aiflow
