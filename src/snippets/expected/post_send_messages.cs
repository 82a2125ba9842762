using System.Net.Http.Headers;
using System.Text;

using var client = new HttpClient();
using var request = new HttpRequestMessage(new HttpMethod("POST"), "https://api.callbell.eu/v1/messages/send");
request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Environment.GetEnvironmentVariable("CALLBELL_API_TOKEN"));
request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
var body = string.Join("\n",
    "{",
    "  \"to\": \"+31612345678\",",
    "  \"from\": \"whatsapp\",",
    "  \"type\": \"text\",",
    "  \"content\": {",
    "    \"text\": \"John Doe\"",
    "  },",
    "  \"template_values\": [",
    "    \"Jack\",",
    "    \"template\",",
    "    \"Cheers\"",
    "  ],",
    "  \"template_uuid\": \"d980fb66fd5043d3ace1aa06ba044342\",",
    "  \"optin_contact\": true",
    "}");
request.Content = new StringContent(body, Encoding.UTF8, "application/json");

using var response = await client.SendAsync(request);
Console.WriteLine(await response.Content.ReadAsStringAsync());
response.EnsureSuccessStatusCode();
