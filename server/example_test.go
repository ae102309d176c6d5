package server_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/platform/aiflow"
	"github.com/jovo-go/jovo/server"
)

// helloApp stands in for a *framework.App with the AI Flow platform: it
// greets the caller of every event.
var helloApp = server.AppFunc(func(_ context.Context, req *framework.Request) (*framework.Result, error) {
	ev := req.Value.(*aiflow.Event) // decoded and validated by the server
	body := fmt.Sprintf(`{"type":"speak","session_id":%q,"text":"Hello!"}`, ev.Session.ID)
	return &framework.Result{Response: framework.Response{Body: []byte(body)}}, nil
})

// Mount the handler under a prefix of an existing program's mux.
func ExampleHandler() {
	h, err := server.NewHandler(helloApp, &server.Options{Auth: aiflow.NewTokenChecker("secret")})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer h.Shutdown(context.Background())
	mux := http.NewServeMux()
	mux.Handle("/aiflow/", http.StripPrefix("/aiflow", h))
	ts := httptest.NewServer(mux)
	defer ts.Close()

	event := `{"type":"session_start","session":{"id":"550e8400","from_phone_number":"+4915112345678"}}`
	for _, token := range []string{"secret", "guess"} {
		req, _ := http.NewRequest(http.MethodPost, ts.URL+"/aiflow/webhook", strings.NewReader(event))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-API-TOKEN", token)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			fmt.Println(err)
			return
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println(resp.StatusCode, string(body))
	}
	// Output:
	// 200 {"type":"speak","session_id":"550e8400","text":"Hello!"}
	// 401 {"error":"unauthorized: aiflow: wrong X-API-TOKEN"}
}

// Run a ready server until SIGINT or SIGTERM, then shut it down
// gracefully.
func ExampleServer_Run() {
	s, err := server.New(helloApp, &server.Options{Addr: ":8080", Auth: aiflow.NewTokenChecker(os.Getenv("AIFLOW_TOKEN"))})
	if err != nil {
		fmt.Println(err)
		return
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := s.Run(ctx); err != nil {
		fmt.Println(err)
	}
}

// Build the logger from a small config, as a demo maps flags onto it, and
// hand it to the app and the server alike.
func ExampleNewLogger() {
	log, err := server.NewLogger(server.LogConfig{Level: os.Getenv("LOG_LEVEL"), Format: os.Getenv("LOG_FORMAT")})
	if err != nil {
		fmt.Println(err)
		return
	}
	app := framework.New(framework.Config{Logger: log})
	_, _ = server.New(app, &server.Options{Logger: log})
}

func ExampleMaskPhoneNumbers() {
	fmt.Println(server.MaskPhoneNumbers("transfer to +4915112345678 failed"))
	fmt.Println(server.MaskPhoneNumbers("session 550e8400-e29b-41d4-a716-446655440000"))
	// Output:
	// transfer to +49151*****678 failed
	// session 550e8400-e29b-41d4-a716-446655440000
}
