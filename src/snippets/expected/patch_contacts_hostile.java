import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class Main {
    public static void main(String[] args) throws Exception {
        String body = String.join("\n",
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
        HttpRequest request = HttpRequest.newBuilder()
            .uri(URI.create("https://api.callbell.eu/v1/contacts/Zo%C3%AB's%20100%25"))
            .header("Authorization", "Bearer " + System.getenv("CALLBELL_API_TOKEN"))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(body))
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
