		{
			name: "Redact request body password",
			logs: map[string]interface{}{
				"request": map[string]interface{}{
					"body": `{"email":"test@gmail.com","password":"SENSITIVE"}`,
				},
			},
			redactedFields: []string{"request.body.password"},
		},
		{
			name: "Redact GraphQL nested variables",
			logs: map[string]interface{}{
				"request": map[string]interface{}{
					"body": `{"query":"mutation...","variables":{"email":"raytoh@gmail.com","password":"SENSITIVE"}}`,
				},
			},
			redactedFields: []string{"request.body.variables.password"},
		},
