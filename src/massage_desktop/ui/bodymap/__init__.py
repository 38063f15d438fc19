"""The interactive body map and the region list beside it.

``BodyMapWidget`` shows the front or back of the figure from the body map SVG; the regions are
hit-tested against their exact outlines (``outlines``, ``hittest`` and ``document`` hold that
logic without any widget code). ``RegionListPanel`` offers the same regions as a filterable list.
"""

from massage_desktop.ui.bodymap.region_list import RegionListPanel
from massage_desktop.ui.bodymap.state import MapOverlay, RegionState
from massage_desktop.ui.bodymap.widget import BodyMapWidget

__all__ = ["BodyMapWidget", "MapOverlay", "RegionListPanel", "RegionState"]
