import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class Main {
    public static void main(String[] args) throws Exception {
        String body = String.join("\n",
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
        HttpRequest request = HttpRequest.newBuilder()
            .uri(URI.create("https://api.callbell.eu/v1/messages/send"))
            .header("Authorization", "Bearer " + System.getenv("CALLBELL_API_TOKEN"))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();

        HttpResponse<String> response = HttpClient.newHttpClient()
            .send(request, HttpResponse.BodyHandlers.ofString());
        System.out.println(response.body());
        if (response.statusCode() >= 300) {
            System.err.println("Request failed: " + response.statusCode());
            System.exit(1);
        }
    }
}
