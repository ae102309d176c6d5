package framework

// Platform connects the app to one channel (AI Flow, the test platform). It
// is a Plugin; it usually also implements Installer to register its input
// types, hooks and child plugins (NLU, say).
type Platform interface {
	Plugin
	// Detect reports whether req belongs to this platform. The first
	// platform that says yes handles the request.
	Detect(req *Request) bool
	// Decode fills c.Input, c.Session.ID, c.User.ID and, if the request
	// carries one, c.Locale. An error rejects the request: it says what is
	// wrong with it.
	Decode(c *Context) error
	// Respond turns c.Output into the platform's native response and its
	// wire body. A nil Body means there is nothing to send.
	Respond(c *Context) (Response, error)
}

// Response is a platform's answer to one request.
type Response struct {
	// Native is the platform's typed response (AI Flow: its actions).
	Native any
	// Body is the encoded response; nil means nothing to send (HTTP 204).
	Body []byte
}
