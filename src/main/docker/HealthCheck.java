import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The container's health check: exits 0 when the URL (default: the API's readiness) answers
 * 200 within 2 seconds, 1 otherwise. Plain Java, so it needs neither bash nor curl in the
 * image; the Dockerfile compiles it in the build stage.
 */
public final class HealthCheck {
    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : "http://127.0.0.1:8080/q/health/ready";
        try {
            HttpResponse<Void> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                    .send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).GET().build(),
                            HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() == 200) {
                System.exit(0);
            }
            System.err.println(url + " answered " + response.statusCode());
        } catch (Exception e) {
            System.err.println(url + ": " + e);
        }
        System.exit(1);
    }
}
