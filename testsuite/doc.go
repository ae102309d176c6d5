// Package testsuite runs an App in-process under plain `go test`: no
// server, no globals, safe in parallel tests.
//
// A Suite drives one app with one platform. Each Run builds a request,
// handles it, and returns the output and the platform's native response.
// Session, user and data carry over between runs and can be seeded before
// one. Every suite starts with fresh storage, because it initializes an
// app of its own.
//
// The generic test Platform ships here; platform packages (AI Flow) bring
// their own request builders as Steps.
package testsuite
