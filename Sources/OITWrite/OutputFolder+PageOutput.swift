import OITLoad
import OITRender

/// The staging folder is where the renderers write their pages.
extension OutputFolder: PageOutput {}
