package main

import (
	"context"
	"net/http"
	"time"

	"github.com/coder/websocket"
)

// wsLine is one WebSocket connection; after an error it is dropped and
// dialled again for the next call.
type wsLine struct {
	client  *http.Client
	url     string
	token   string
	timeout time.Duration
	conn    *websocket.Conn
}

func (l *wsLine) open(ctx context.Context) error {
	if l.conn != nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(ctx, l.timeout)
	defer cancel()
	h := http.Header{}
	if l.token != "" {
		h.Set("X-API-TOKEN", l.token)
	}
	c, resp, err := websocket.Dial(ctx, l.url, &websocket.DialOptions{HTTPClient: l.client, HTTPHeader: h})
	if resp != nil && resp.Body != nil {
		_ = resp.Body.Close()
	}
	if err != nil {
		return transportError("dial", err)
	}
	l.conn = c
	return nil
}

func (l *wsLine) send(ctx context.Context, ev []byte, wait bool) (answer, error) {
	if err := l.open(ctx); err != nil {
		return answer{}, err
	}
	ctx, cancel := context.WithTimeout(ctx, l.timeout)
	defer cancel()
	if err := l.conn.Write(ctx, websocket.MessageText, ev); err != nil {
		l.close()
		return answer{}, transportError("write", err)
	}
	if !wait {
		return answer{}, nil
	}
	_, b, err := l.conn.Read(ctx)
	if err != nil {
		l.close()
		return answer{}, transportError("read", err)
	}
	return answer{body: b}, nil
}

func (l *wsLine) close() {
	if l.conn != nil {
		_ = l.conn.Close(websocket.StatusNormalClosure, "")
		l.conn = nil
	}
}
