package framework

// RequestBuilder builds one raw request as a platform would receive it,
// for callers that drive an app without a transport: the steps of a test
// (testsuite.Suite.Run takes them, and aiflow.Call makes them), replay
// and load tools that turn a script into requests for App.Handle. A
// platform package's builders make that platform's requests.
type RequestBuilder interface {
	// Request returns the request, or why it cannot be built.
	Request() (*Request, error)
}
