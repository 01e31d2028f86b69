package main

// decisionRoutes registers the routes that evaluate rules: transfer, honors,
// graduation and the duplicate-certificate checklist.
func (s *server) decisionRoutes() error {
	return nil
}
