import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * A build step, run by Maven after the jar is shaded ({@code java -cp asm.jar NewerClassFiles.java JAR PREFIX}):
 * rewrites the classes under a package prefix as Java 8 class files, stack map frames computed by ASM, the code
 * itself untouched. Why: picocli ships Java 5 class files, which the JVM checks with its old verifier at every start
 * and which no class-data archive can hold, so a command spent about 130 ms loading picocli's 171 classes each time.
 * Rewritten, they join the launcher's archive with the rest.
 */
public final class NewerClassFiles {
    private NewerClassFiles() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: NewerClassFiles JAR PACKAGE_PREFIX (e.g. picocli/)");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        String prefix = args[1];
        List<Path> rewritten = new ArrayList<>();
        // Frames are computed against the classes of the jar itself (a common superclass must be looked up). The
        // zip file system rewrites only the entries changed and copies the others as they are.
        try (URLClassLoader classes = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
                FileSystem zip = FileSystems.newFileSystem(jar)) {
            Path root = zip.getPath("/" + prefix);
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.walk(root)) {
                    files.filter(file -> file.toString().endsWith(".class")).forEach(rewritten::add);
                }
            }
            for (Path file : rewritten) {
                Files.write(file, newer(Files.readAllBytes(file), classes));
            }
        }
        if (rewritten.isEmpty()) {
            System.err.println("NewerClassFiles: no class under " + prefix + " in " + jar);
            System.exit(1);
        }
        System.out.println("NewerClassFiles: " + rewritten.size() + " classes under " + prefix
                + " are now Java 8 class files");
    }

    private static byte[] newer(byte[] bytes, ClassLoader classes) {
        ClassReader reader = new ClassReader(bytes);
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return classes;
            }
        };
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                    String[] interfaces) {
                super.visit(Math.max(version, Opcodes.V1_8), access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }
}
