package main

// transferRoutes registers the transfer routes.
func (s *server) transferRoutes() error { return nil }

// transferField returns the field a transfer error names.
func transferField(err error) string { return "" }
