import OITRender

/// The tool's version, in one place: `oit --version` reads it from here.
public enum OITVersion {
    public static let current = "0.9.0"
}
