package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"

	"github.com/coder/websocket"
)

// bareText is as long as the demo's menu prompt, so the bare answer is as
// big as the demo's biggest.
const bareText = "Welcome to the demo. Press or say 1 for our opening hours, 2 to enter your customer number, " +
	"3 to get our address by text message, 0 to talk to a person, or 9 to say goodbye."

type bareTTS struct {
	Provider string `json:"provider"`
	Language string `json:"language"`
	Voice    string `json:"voice"`
}

type bareBargeIn struct {
	Strategy          string `json:"strategy"`
	MinimumCharacters int    `json:"minimum_characters"`
}

type bareSpeak struct {
	Type      string      `json:"type"`
	SessionID string      `json:"session_id"`
	Text      string      `json:"text"`
	TTS       bareTTS     `json:"tts"`
	BargeIn   bareBargeIn `json:"barge_in"`
	Timeout   float64     `json:"user_input_timeout_seconds"`
}

// bareAnswer decodes an AI Flow event with encoding/json and encodes a
// speak action like the demo's, or nothing for session_end: the JSON work
// of a bot without any of the framework.
func bareAnswer(body []byte) ([]byte, error) {
	var ev wireEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		return nil, fmt.Errorf("decode event: %w", err)
	}
	if ev.Type == typeSessionEnd {
		return nil, nil
	}
	return json.Marshal(bareSpeak{
		Type: "speak", SessionID: ev.Session.ID, Text: bareText,
		TTS:     bareTTS{Provider: "azure", Language: "en-US", Voice: "en-US-JennyNeural"},
		BargeIn: bareBargeIn{Strategy: "minimum_characters", MinimumCharacters: 3},
		Timeout: 4,
	})
}

// bareWebhook is the bare POST /webhook: 200 with the answer, 204 for none.
func bareWebhook(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 64<<10))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	out, err := bareAnswer(body)
	switch {
	case err != nil:
		http.Error(w, err.Error(), http.StatusBadRequest)
	case out == nil:
		w.WriteHeader(http.StatusNoContent)
	default:
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(out)
	}
}

// bareWS is the bare GET /ws: one answer frame per event, in order.
func bareWS(w http.ResponseWriter, r *http.Request) {
	c, err := websocket.Accept(w, r, nil)
	if err != nil {
		return
	}
	defer func() { _ = c.CloseNow() }()
	for {
		_, body, err := c.Read(r.Context())
		if err != nil {
			return
		}
		out, err := bareAnswer(body)
		if err != nil {
			_ = c.Close(websocket.StatusUnsupportedData, err.Error())
			return
		}
		if out != nil {
			if err := c.Write(r.Context(), websocket.MessageText, out); err != nil {
				return
			}
		}
	}
}

// bareHandler routes the two endpoints of the bare handler.
func bareHandler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /webhook", bareWebhook)
	mux.HandleFunc("GET /ws", bareWS)
	return mux
}

// bareCommand is "loadgen bare -addr 127.0.0.1:port": the bare handler as a
// process of its own, on loopback only, until interrupted.
func bareCommand(ctx context.Context, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("bare", flag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:3001", "listen address, loopback only")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if err := checkListen(*addr); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("bare: %w", err)
	}
	srv := &http.Server{Handler: bareHandler(), ReadHeaderTimeout: 5 * time.Second}
	fmt.Fprintf(out, "bare handler on http://%s/webhook and ws://%s/ws\n", ln.Addr(), ln.Addr())
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
	}()
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("bare: %w", err)
	}
	return nil
}
