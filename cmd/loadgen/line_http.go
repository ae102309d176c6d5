package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
)

// maxAnswerBytes caps what is read of one answer.
const maxAnswerBytes = 1 << 20

// httpLine posts every event to the webhook over a shared keep-alive
// client.
type httpLine struct {
	client *http.Client
	url    string
	token  string
}

func (l *httpLine) open(context.Context) error { return nil }

func (l *httpLine) send(ctx context.Context, ev []byte, _ bool) (answer, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, l.url, bytes.NewReader(ev))
	if err != nil {
		return answer{}, transportError("request", err)
	}
	req.Header.Set("Content-Type", "application/json")
	if l.token != "" {
		req.Header.Set("X-API-TOKEN", l.token)
	}
	resp, err := l.client.Do(req)
	if err != nil {
		return answer{}, transportError("post", err)
	}
	defer func() { _ = resp.Body.Close() }()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxAnswerBytes))
	if err != nil {
		return answer{}, transportError("read answer", err)
	}
	return answer{status: resp.StatusCode, body: body}, nil
}

func (l *httpLine) close() {}
