package framework_test

import (
	"errors"

	"github.com/jovo-go/jovo/framework"
)

// miniReq is the request of miniPlatform.
type miniReq struct {
	platform string
	session  string
	in       framework.Input
}

// miniPlatform is a second platform for tests of platform scoping: it
// claims *miniReq values addressed to it and answers with the output as is.
type miniPlatform struct {
	name     string
	children []framework.Plugin
	respErr  error
}

func (p *miniPlatform) Name() string { return p.name }

func (p *miniPlatform) Install(r *framework.Registrar) error { return r.Use(p.children...) }

func (p *miniPlatform) Detect(req *framework.Request) bool {
	m, ok := req.Value.(*miniReq)
	return ok && m.platform == p.name
}

func (p *miniPlatform) Decode(c *framework.Context) error {
	m := c.Request.Value.(*miniReq)
	if m.session == "" {
		return errors.New("session id missing")
	}
	c.Input = m.in
	c.Session.ID = m.session
	return nil
}

func (p *miniPlatform) Respond(c *framework.Context) (framework.Response, error) {
	if p.respErr != nil {
		return framework.Response{}, p.respErr
	}
	return framework.Response{Native: c.Output}, nil
}
