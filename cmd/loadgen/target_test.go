package main

import (
	"errors"
	"net/netip"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseTarget(t *testing.T) {
	tests := []struct {
		give string
		want string
	}{
		{give: "http://127.0.0.1:3000", want: "http://127.0.0.1:3000"},
		{give: "http://127.8.9.10:3000/", want: "http://127.8.9.10:3000"},
		{give: "http://[::1]:3000/bot/", want: "http://[::1]:3000/bot"},
		{give: "ws://localhost:3000", want: "http://127.0.0.1:3000"},
		{give: "http://LocalHost.", want: "http://127.0.0.1"},
		{give: "http://bot.localhost:8080/x", want: "http://127.0.0.1:8080/x"},
		{give: "http://[::ffff:127.0.0.1]:80", want: "http://[::ffff:127.0.0.1]:80"},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			got, err := parseTarget(tt.give)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got.String())
		})
	}
}

func TestParseTargetRefuses(t *testing.T) {
	tests := []struct {
		give     string
		want     string
		loopback bool // refused for not being loopback
	}{
		{give: "http://10.0.0.1:3000", want: "10.0.0.1", loopback: true},
		{give: "http://[::2]:3000", want: "::2", loopback: true},
		{give: "http://0.0.0.0:3000", want: "0.0.0.0", loopback: true},
		{give: "http://128.0.0.1", want: "128.0.0.1", loopback: true},
		{give: "http://[::ffff:10.0.0.1]:80", want: "10.0.0.1", loopback: true},
		{give: "http://example.com:3000", want: `host "example.com": want a loopback IP or localhost, names are not resolved`, loopback: true},
		{give: "http://localhost.example.com", want: `host "localhost.example.com"`, loopback: true},
		{give: "https://127.0.0.1", want: `scheme "https", want http or ws`},
		{give: "127.0.0.1:3000", want: "first path segment in URL cannot contain colon"},
		{give: "http://user:pw@127.0.0.1", want: "without user, query or fragment"},
		{give: "http://127.0.0.1/?a=1", want: "without user, query or fragment"},
		{give: "http:///webhook", want: "no host"},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			_, err := parseTarget(tt.give)
			require.Error(t, err)
			assert.ErrorContains(t, err, tt.want)
			assert.Equal(t, tt.loopback, errors.Is(err, errNotLoopback))
		})
	}
}

func TestIsLoopback(t *testing.T) {
	tests := []struct {
		give string
		want bool
	}{
		{give: "127.0.0.1", want: true},
		{give: "127.255.255.254", want: true},
		{give: "::1", want: true},
		{give: "::ffff:127.0.0.2", want: true},
		{give: "126.255.255.255", want: false},
		{give: "0.0.0.0", want: false},
		{give: "::", want: false},
		{give: "fe80::1", want: false},
		{give: "192.168.1.1", want: false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, isLoopback(netip.MustParseAddr(tt.give)), tt.give)
	}
}

func TestLoopbackOnly(t *testing.T) {
	require.NoError(t, loopbackOnly("tcp", "127.0.0.1:80", nil))
	require.NoError(t, loopbackOnly("tcp6", "[::1]:80", nil))
	require.ErrorIs(t, loopbackOnly("tcp", "10.1.2.3:80", nil), errNotLoopback)
	assert.ErrorContains(t, loopbackOnly("tcp", "nonsense", nil), `dial "nonsense"`)
}

func TestCheckListen(t *testing.T) {
	require.NoError(t, checkListen("127.0.0.1:3001"))
	require.NoError(t, checkListen("[::1]:0"))
	require.ErrorIs(t, checkListen(":3001"), errNotLoopback)
	require.ErrorIs(t, checkListen("0.0.0.0:3001"), errNotLoopback)
	require.ErrorIs(t, checkListen("localhost:3001"), errNotLoopback)
	assert.ErrorContains(t, checkListen("3001"), "missing port")
}

func TestEndpoint(t *testing.T) {
	base, err := parseTarget("http://127.0.0.1:3000/bot")
	require.NoError(t, err)
	assert.Equal(t, "http://127.0.0.1:3000/bot/webhook", endpoint(base, "/webhook", false))
	assert.Equal(t, "ws://127.0.0.1:3000/bot/ws", endpoint(base, "/ws", true))
	assert.Equal(t, "http://127.0.0.1:3000/bot", base.String(), "endpoint leaves the base alone")
}
