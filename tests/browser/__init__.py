"""Tests in a real browser: Chromium driven through chromium-driver against a real kg serve (issue 14)."""
