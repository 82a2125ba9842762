import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles the Main.java of each folder named on the command line into that folder, one
 * after another in this one JVM: starting javac once per sample costs far more than the
 * compilation. A sample that does not compile gets compile-errors.txt instead of Main.class.
 * Run as `java CompileEach.java FOLDER...` (tests/exec/toolchains.ts).
 */
public class CompileEach {
    public static void main(String[] folders) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        for (String folder : folders) {
            ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
            String source = Path.of(folder, "Main.java").toString();
            if (javac.run(null, null, diagnostics, "-d", folder, source) != 0) {
                Files.write(Path.of(folder, "compile-errors.txt"), diagnostics.toByteArray());
            }
        }
    }
}
