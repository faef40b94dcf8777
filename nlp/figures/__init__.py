"""The reported figures ("осуждены 2 сотрудника"): numbers, units, events, periods and the component."""
