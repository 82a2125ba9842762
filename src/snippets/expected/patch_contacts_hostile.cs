using System.Net.Http.Headers;
using System.Text;

using var client = new HttpClient();
using var request = new HttpRequestMessage(new HttpMethod("PATCH"), "https://api.callbell.eu/v1/contacts/Zo%C3%AB's%20100%25");
request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Environment.GetEnvironmentVariable("CALLBELL_API_TOKEN"));
request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
var body = string.Join("\n",
    "{",
    "  \"name\": \"Zo\u00eb O'Brien \ud83c\udf89\",",
    "  \"tags\": [",
    "    \"say \\\"hi\\\"\",",
    "    \"C:\\\\temp\",",
    "    \"${HOME} $(id)\"",
    "  ],",
    "  \"custom_fields\": {",
    "    \"Zo\u00eb's note\": \"line one\\nline two\",",
    "    \"Greeting\": \"\\\"#{name}\\\" is 100%\"",
    "  }",
    "}");
request.Content = new StringContent(body, Encoding.UTF8, "application/json");

using var response = await client.SendAsync(request);
Console.WriteLine(await response.Content.ReadAsStringAsync());
response.EnsureSuccessStatusCode();
