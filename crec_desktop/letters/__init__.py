"""letters layer."""
