package framework

import (
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

const debugLevel = zapcore.DebugLevel

// routeFields describes a route for the debug log.
func routeFields(c *Context, r *Route) []zap.Field {
	fields := []zap.Field{
		zap.String("session", c.Session.ID),
		zap.String("input_type", string(c.Input.Type)),
		zap.String("intent", r.Intent),
		zap.Int("matches", len(r.Matches)),
		zap.String("route", r.String()),
	}
	if r.Resolved != nil {
		fields = append(fields, zap.String("resolved", r.Resolved.Component+"."+r.Resolved.Handler))
	}
	return fields
}
