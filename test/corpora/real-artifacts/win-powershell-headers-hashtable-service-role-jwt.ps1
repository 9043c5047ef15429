try {
    $headers = @{ Authorization = "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InF6dnd4a3J0bG1uYmFwY29kZWZnIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTc2MzU5NzU2OSwiZXhwIjoyMDc5MTczNTY5fQ.q7_-kdZR3VmFpw8X2ts5GhCbyCZ-tGwwRNQxdmnNdBJ" }
    Invoke-RestMethod -Uri "https://qzvwxkrtlmnbapcodefg.supabase.co/functions/v1/setup-stripe-plans" -Method Post -Headers $headers -Body "{}" -ContentType "application/json"
} catch {
    $reader = New-Object System.IO.StreamReader($_.Exception.Response.GetResponseStream())
    $reader.ReadToEnd()
}
