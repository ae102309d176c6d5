// Package server puts a jovo app on the wire for sipgate AI Flow: an
// http.Handler built on chi that any Go program can mount, and a ready
// Server around it with timeouts and graceful shutdown.
//
// The Handler serves four routes:
//
//	POST /webhook   AI Flow over HTTP: one event in, one answer out
//	GET  /ws        AI Flow over WebSocket: any number of sessions per connection
//	GET  /healthz   200 while serving, 503 once shutdown began
//	GET  /metrics   Prometheus metrics of this handler's own registry
//
// Every event passes the same ingress checks (token before the body is
// read, size cap, content type, JSON, validation), each failure answered
// with a JSON body {"error":"..."} and logged in one line. The event then
// waits its turn in its session's queue: events of one session run one at
// a time in arrival order, different sessions in parallel. It runs under a
// deadline counted from arrival; when the deadline passes first, the
// configured fallback answers, the app's context is cancelled, and the
// late result is dropped. A panic in the app answers 500 on HTTP and the
// fallback on WebSocket; the server keeps serving.
//
// Logs carry no token and no raw body, and phone numbers in them are
// masked unless Options.LogRawPhoneNumbers says otherwise.
package server
