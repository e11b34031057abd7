using System.Text;
using NetTopologySuite.Geometries;

namespace Geo.Reporting.Maps;

/// <summary>
/// Draws a <see cref="MapSpec"/> as one standalone SVG element (width, height and viewBox in pixels), for inlining in
/// HTML and printing to PDF: the title, the layers in order in a map frame, a legend column on the right (north arrow,
/// then one section per layer), a scale bar and an attribution line under the map. Pure: no I/O.
/// </summary>
/// <remarks>
/// The map is fitted to the envelope of all layers' geometries with the y axis flipped (north up, SVG y grows down);
/// pixel coordinates carry at most one decimal. Each area, hotspot cell and hotspot outline is exactly one
/// <c>&lt;path&gt;</c> (a MultiPolygon as several subpaths, holes drawn by fill-rule evenodd) with
/// <c>class="area"|"cell"|"hotspot"</c>, a <c>data-id</c> and a <c>&lt;title&gt;</c> child for hover; areas also carry
/// <c>data-class</c> (the 0-based class, or "none" for areas without a value). Resources are <c>circle</c>, <c>rect</c>
/// or <c>polygon</c> elements with class="resource". Legend items are <c>g class="legend-item"</c> with
/// <c>data-layer</c> and <c>data-class</c>; the legend and decorations use no path with a data-id. The scale bar is
/// <c>g class="scale-bar"</c> with <c>data-metres</c> and its length in <c>rect class="scale-bar-length"</c>.
/// </remarks>
public static class SvgMap
{
    private const double Margin = 16;
    private const double TitleLine = 21;
    private const double FooterHeight = 58;
    private const double LegendWidth = 250;
    private const double LineHeight = 19;
    private const double NorthArrowHeight = 58;
    private const string Font = "DejaVu Sans, Arial, Helvetica, sans-serif";

    /// <summary>The SVG text of <paramref name="spec"/>.</summary>
    public static string Render(MapSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var text = new MapText(spec.Lang);
        var width = Math.Max(spec.Width, 400);
        var legend = BuildLegend(spec, text, out var areaClasses);
        var legendHeight = NorthArrowHeight + legend.Sum(s => s.Height);
        // The title wraps at the width (about 10 px a character at 17 px bold).
        var titleLines = MapText.Wrap(spec.Title, (int)((width - 2 * Margin) / 10.5));
        var titleHeight = 23 + TitleLine * titleLines.Count;
        var height = Math.Max(Math.Max(spec.Height, 300), titleHeight + legendHeight + FooterHeight);

        var frame = (X: Margin, Y: titleHeight, W: width - LegendWidth - 2 * Margin, H: height - titleHeight - FooterHeight);
        var env = spec.Extent is { IsNull: false } given ? given : Extent(spec.Layers);
        Projection? proj = env is null ? null : Projection.Fit(env, frame.X, frame.Y, frame.W, frame.H);

        var sb = new StringBuilder(64 * 1024);
        var id = MapText.Esc(spec.Id);
        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{MapText.Px(height)}\" viewBox=\"0 0 {width} {MapText.Px(height)}\" font-family=\"{Font}\" font-size=\"12\" role=\"img\" aria-label=\"{MapText.Esc(spec.Title)}\">\n");
        sb.Append($"<title>{MapText.Esc(spec.Title)}</title>\n");
        sb.Append($"<defs><pattern id=\"{id}-nodata\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" patternTransform=\"rotate(45)\">")
          .Append($"<rect width=\"6\" height=\"6\" fill=\"{MapColours.NoValue}\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#969696\" stroke-width=\"1.6\"/></pattern>")
          .Append($"<clipPath id=\"{id}-clip\"><rect x=\"{MapText.Px(frame.X)}\" y=\"{MapText.Px(frame.Y)}\" width=\"{MapText.Px(frame.W)}\" height=\"{MapText.Px(frame.H)}\"/></clipPath></defs>\n");
        sb.Append($"<rect class=\"background\" x=\"0\" y=\"0\" width=\"{width}\" height=\"{MapText.Px(height)}\" fill=\"#ffffff\"/>\n");
        for (var i = 0; i < titleLines.Count; i++)
            sb.Append($"<text class=\"map-title\" x=\"{MapText.Px(Margin)}\" y=\"{MapText.Px(Margin + 14 + i * TitleLine)}\" font-size=\"17\" font-weight=\"bold\" fill=\"#222222\">{MapText.Esc(titleLines[i])}</text>\n");
        sb.Append($"<rect class=\"frame\" x=\"{MapText.Px(frame.X)}\" y=\"{MapText.Px(frame.Y)}\" width=\"{MapText.Px(frame.W)}\" height=\"{MapText.Px(frame.H)}\" fill=\"#fbfbfb\" stroke=\"#bdbdbd\" stroke-width=\"0.8\"/>\n");

        if (proj is null)
        {
            sb.Append($"<text class=\"empty\" x=\"{MapText.Px(frame.X + frame.W / 2)}\" y=\"{MapText.Px(frame.Y + frame.H / 2)}\" text-anchor=\"middle\" fill=\"#737373\">{MapText.Esc(text.Pick("Inga geometrier att visa", "No geometries to show"))}</text>\n");
        }
        else
        {
            sb.Append($"<g class=\"map-layers\" clip-path=\"url(#{id}-clip)\">\n");
            var layerIndex = 0;
            foreach (var layer in spec.Layers)
            {
                switch (layer)
                {
                    case AreaLayer a: DrawAreas(sb, a, areaClasses[layerIndex], proj, text, id); break;
                    case BoundaryLayer b: DrawBoundary(sb, b, proj); break;
                    case HotspotCellLayer c: DrawCells(sb, c, proj, text); break;
                    case HotspotLayer h: DrawHotspots(sb, h, proj); break;
                    case ResourceLayer r: DrawResources(sb, r, proj, text); break;
                }
                layerIndex++;
            }
            sb.Append("</g>\n");
            DrawScaleBar(sb, proj, frame.X, frame.Y + frame.H, frame.W, text);
        }

        var lx = width - LegendWidth - Margin + 14;
        DrawNorthArrow(sb, lx + 14, frame.Y + 6, text);
        var ly = frame.Y + NorthArrowHeight;
        foreach (var section in legend)
        {
            sb.Append(section.Svg(lx, ly));
            ly += section.Height;
        }

        var caption = spec.Caption ?? text.Pick("Koordinatsystem: SWEREF 99 TM (EPSG:3006)", "Coordinate system: SWEREF 99 TM (EPSG:3006)");
        sb.Append($"<text class=\"caption\" x=\"{MapText.Px(Margin)}\" y=\"{MapText.Px(height - 10)}\" font-size=\"10\" fill=\"#525252\">{MapText.Esc(caption)}</text>\n");
        sb.Append("</svg>\n");
        return sb.ToString();
    }

    // ---------------------------------------------------------------- layers

    private static void DrawAreas(StringBuilder sb, AreaLayer layer, AreaClasses classes, Projection p, MapText text, string id)
    {
        sb.Append("<g class=\"layer-areas\" stroke=\"#ffffff\" stroke-width=\"0.6\" stroke-linejoin=\"round\">\n");
        foreach (var area in layer.Areas)
        {
            var cls = area.Value is { } v ? classes.Breaks.ClassOf(v) : -1;
            var fill = cls < 0 ? $"url(#{id}-nodata)" : classes.Colours[cls];
            var value = area.Value is { } x && double.IsFinite(x)
                ? text.Number(x, classes.Decimals)
                : text.Pick("uppgift saknas eller dold", "no value or suppressed");
            var title = $"{area.Name} ({area.Id}): {value}";
            sb.Append($"<path class=\"area\" data-id=\"{MapText.Esc(area.Id)}\" data-class=\"{(cls < 0 ? "none" : cls.ToString(System.Globalization.CultureInfo.InvariantCulture))}\" fill-rule=\"evenodd\" fill=\"{fill}\" d=\"");
            p.AppendPath(sb, area.Geometry);
            sb.Append($"\"><title>{MapText.Esc(title)}</title></path>\n");
        }
        sb.Append("</g>\n");
    }

    private static void DrawBoundary(StringBuilder sb, BoundaryLayer layer, Projection p)
    {
        sb.Append("<path class=\"boundary\" fill=\"none\" stroke=\"#252525\" stroke-width=\"1.6\" stroke-linejoin=\"round\" d=\"");
        p.AppendPath(sb, layer.Boundary);
        sb.Append("\"/>\n");
    }

    private static void DrawCells(StringBuilder sb, HotspotCellLayer layer, Projection p, MapText text)
    {
        sb.Append("<g class=\"layer-cells\" stroke=\"#ffffff\" stroke-width=\"0.3\" fill-opacity=\"0.9\">\n");
        foreach (var cell in layer.Cells)
        {
            var title = CellClasses.Label(cell.Class, text.Swedish ? "sv" : "en") + (cell.Title is { Length: > 0 } t ? ": " + t : "");
            sb.Append($"<path class=\"cell\" data-id=\"{MapText.Esc(cell.Id)}\" data-class=\"{MapText.Esc(cell.Class)}\" fill-rule=\"evenodd\" fill=\"{MapColours.OfCell(cell.Class)}\" d=\"");
            p.AppendPath(sb, cell.Geometry);
            sb.Append($"\"><title>{MapText.Esc(title)}</title></path>\n");
        }
        sb.Append("</g>\n");
    }

    private static void DrawHotspots(StringBuilder sb, HotspotLayer layer, Projection p)
    {
        sb.Append("<g class=\"layer-hotspots\">\n");
        foreach (var h in layer.Hotspots)
        {
            sb.Append($"<path class=\"hotspot\" data-id=\"{MapText.Esc(h.Id)}\" fill=\"none\" stroke=\"#000000\" stroke-width=\"1.8\" stroke-linejoin=\"round\" fill-rule=\"evenodd\" d=\"");
            p.AppendPath(sb, h.Geometry);
            sb.Append($"\"><title>{MapText.Esc(h.Title ?? h.Label)}</title></path>\n");
        }
        foreach (var h in layer.Hotspots)
        {
            if (h.Geometry.IsEmpty) continue;
            var e = h.Geometry.EnvelopeInternal;
            var (x, y) = p.ToPixel(e.MaxX, e.MaxY);
            sb.Append($"<text class=\"hotspot-label\" x=\"{MapText.Px(x + 3)}\" y=\"{MapText.Px(y - 3)}\" font-size=\"12\" font-weight=\"bold\" fill=\"#000000\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">{MapText.Esc(h.Label)}</text>\n");
        }
        sb.Append("</g>\n");
    }

    private static void DrawResources(StringBuilder sb, ResourceLayer layer, Projection p, MapText text)
    {
        sb.Append("<g class=\"layer-resources\" stroke=\"#252525\" stroke-width=\"0.8\">\n");
        foreach (var r in layer.Resources)
        {
            if (r.Location.IsEmpty) continue;
            var c = r.Location is Point pt ? pt.Coordinate : r.Location.InteriorPoint.Coordinate;
            var (x, y) = p.ToPixel(c.X, c.Y);
            var label = ResourceLabel(r.Type, text);
            var attrs = $"class=\"resource\" data-id=\"{MapText.Esc(r.Id)}\" data-type=\"{MapText.Esc(r.Type)}\"";
            sb.Append(Symbol(MapColours.OfResource(r.Type), x, y, 5, attrs, $"<title>{MapText.Esc($"{r.Name} ({label})")}</title>")).Append('\n');
        }
        sb.Append("</g>\n");
    }

    /// <summary>A resource symbol centred at (x, y) with half-size <paramref name="r"/>.</summary>
    private static string Symbol(ResourceSymbol s, double x, double y, double r, string attrs, string children)
    {
        string P(double v) => MapText.Px(v);
        return s.Shape switch
        {
            "square" => $"<rect {attrs} x=\"{P(x - r * 0.85)}\" y=\"{P(y - r * 0.85)}\" width=\"{P(r * 1.7)}\" height=\"{P(r * 1.7)}\" fill=\"{s.Fill}\">{children}</rect>",
            "triangle" => $"<polygon {attrs} points=\"{P(x)},{P(y - r * 1.1)} {P(x + r)},{P(y + r * 0.75)} {P(x - r)},{P(y + r * 0.75)}\" fill=\"{s.Fill}\">{children}</polygon>",
            "diamond" => $"<polygon {attrs} points=\"{P(x)},{P(y - r * 1.15)} {P(x + r)},{P(y)} {P(x)},{P(y + r * 1.15)} {P(x - r)},{P(y)}\" fill=\"{s.Fill}\">{children}</polygon>",
            _ => $"<circle {attrs} cx=\"{P(x)}\" cy=\"{P(y)}\" r=\"{P(r * 0.9)}\" fill=\"{s.Fill}\">{children}</circle>",
        };
    }

    private static string ResourceLabel(string type, MapText text) =>
        Geo.Core.Domain.ResourceTypes.All.TryGetValue(type, out var l) ? text.Pick(l.Sv, l.En) : type;

    // ---------------------------------------------------------------- decorations

    private static void DrawScaleBar(StringBuilder sb, Projection p, double x, double frameBottom, double frameWidth, MapText text)
    {
        var bar = ScaleBar.Choose(p.Scale, Math.Min(frameWidth * 0.3, 220), text);
        var y = frameBottom + 14;
        var half = bar.Pixels / 2;
        var metres = bar.Metres.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        sb.Append($"<g class=\"scale-bar\" data-metres=\"{metres}\">")
          .Append($"<rect class=\"scale-bar-length\" x=\"{MapText.Px(x)}\" y=\"{MapText.Px(y)}\" width=\"{MapText.Px(bar.Pixels)}\" height=\"6\" fill=\"#ffffff\" stroke=\"#252525\" stroke-width=\"0.8\"/>")
          .Append($"<rect x=\"{MapText.Px(x)}\" y=\"{MapText.Px(y)}\" width=\"{MapText.Px(half)}\" height=\"6\" fill=\"#252525\"/>")
          .Append($"<text x=\"{MapText.Px(x)}\" y=\"{MapText.Px(y + 19)}\" font-size=\"11\" text-anchor=\"start\" fill=\"#252525\">0</text>")
          .Append($"<text class=\"scale-bar-label\" x=\"{MapText.Px(x + bar.Pixels)}\" y=\"{MapText.Px(y + 19)}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#252525\">{MapText.Esc(bar.Label)}</text>")
          .Append("</g>\n");
    }

    private static void DrawNorthArrow(StringBuilder sb, double cx, double top, MapText text)
    {
        string P(double v) => MapText.Px(v);
        var tip = top + 16;
        var bottom = top + 46;
        sb.Append($"<g class=\"north-arrow\"><title>{MapText.Esc(text.Pick("Norr", "North"))}</title>")
          .Append($"<text x=\"{P(cx)}\" y=\"{P(top + 12)}\" font-size=\"13\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"#252525\">N</text>")
          .Append($"<polygon points=\"{P(cx)},{P(tip)} {P(cx + 8)},{P(bottom)} {P(cx)},{P(bottom - 8)}\" fill=\"#252525\"/>")
          .Append($"<polygon points=\"{P(cx)},{P(tip)} {P(cx - 8)},{P(bottom)} {P(cx)},{P(bottom - 8)}\" fill=\"#ffffff\" stroke=\"#252525\" stroke-width=\"0.8\"/>")
          .Append("</g>\n");
    }

    // ---------------------------------------------------------------- legend

    /// <summary>The classes, colours and label decimals of one area layer.</summary>
    private sealed record AreaClasses(ClassBreaks Breaks, IReadOnlyList<string> Colours, int Decimals);

    private sealed record LegendSection(double Height, Func<double, double, string> Svg);

    private static List<LegendSection> BuildLegend(MapSpec spec, MapText text, out Dictionary<int, AreaClasses> areaClasses)
    {
        areaClasses = [];
        var sections = new List<LegendSection>();
        var index = 0;
        foreach (var layer in spec.Layers)
        {
            switch (layer)
            {
                case AreaLayer a:
                    var classes = Classes(a);
                    areaClasses[index] = classes;
                    sections.Add(AreaLegend(a, classes, text, spec.Id));
                    break;
                case BoundaryLayer b:
                    sections.Add(LineLegend("boundary", b.Label ?? text.Pick("Kommungräns", "Municipal boundary"), "#252525", 1.6));
                    break;
                case HotspotCellLayer c when c.Cells.Count > 0:
                    sections.Add(CellLegend(c, text));
                    break;
                case HotspotLayer h when h.Hotspots.Count > 0:
                    sections.Add(LineLegend("hotspot", h.Label ?? text.Pick("Hot spot-område (med nummer)", "Hotspot area (with number)"), "#000000", 1.8));
                    break;
                case ResourceLayer r when r.Resources.Count > 0:
                    sections.Add(ResourceLegend(r, text));
                    break;
            }
            index++;
        }
        return sections;
    }

    private static AreaClasses Classes(AreaLayer a)
    {
        var breaks = a.Breaks ?? ClassBreaks.Default(a.Areas.Select(x => x.Value));
        if (breaks.Classes > MapColours.MaxClasses)
            throw new ArgumentException($"A map can show at most {MapColours.MaxClasses} classes; the breaks have {breaks.Classes}.", nameof(a));
        var colours = breaks.Classes == 0 ? [] : MapColours.Of(a.Palette, breaks.Classes);
        return new AreaClasses(breaks, colours, a.Decimals ?? AutoDecimals(breaks.Breaks));
    }

    /// <summary>The fewest decimals (0 to 3) that keep distinct breaks distinct in the legend.</summary>
    private static int AutoDecimals(IReadOnlyList<double> breaks)
    {
        if (breaks.Count == 0) return 0;
        var range = breaks[^1] - breaks[0];
        var start = range >= 10 ? 0 : range >= 1 ? 1 : 2;
        if (range == 0)
        {
            // One value: as many decimals as it has, at most 2 (3 below 1).
            var max = Math.Abs(breaks[0]) < 1 ? 3 : 2;
            for (var d = 0; d < max; d++)
                if (Math.Abs(Math.Round(breaks[0], d) - breaks[0]) < 1e-9) return d;
            return max;
        }
        for (var d = start; d < 3; d++)
        {
            var rounded = breaks.Select(b => Math.Round(b, d)).ToList();
            var ok = true;
            for (var i = 1; i < breaks.Count; i++)
                if (breaks[i] != breaks[i - 1] && rounded[i] == rounded[i - 1]) ok = false;
            if (ok) return d;
        }
        return 3;
    }

    private const int WrapChars = 31;

    private static (List<string> Lines, double Height) Title(string title)
    {
        var lines = MapText.Wrap(title, WrapChars);
        return (lines, lines.Count * 15 + 5);
    }

    private static string TitleSvg(List<string> lines, double x, double y)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
            sb.Append($"<text class=\"legend-title\" x=\"{MapText.Px(x)}\" y=\"{MapText.Px(y + 12 + i * 15)}\" font-weight=\"bold\" fill=\"#222222\">{MapText.Esc(lines[i])}</text>");
        return sb.ToString();
    }

    private static string ItemText(double x, double y, string label) =>
        $"<text x=\"{MapText.Px(x + 24)}\" y=\"{MapText.Px(y + 11)}\" fill=\"#222222\">{MapText.Esc(label)}</text>";

    private static LegendSection AreaLegend(AreaLayer a, AreaClasses c, MapText text, string id)
    {
        var (title, titleHeight) = Title(a.ValueLabel);
        var items = new List<(string Class, string Fill, string Label)>();
        var b = c.Breaks.Breaks;
        var counts = new int[c.Breaks.Classes];
        var none = 0;
        foreach (var area in a.Areas)
        {
            var k = area.Value is { } v ? c.Breaks.ClassOf(v) : -1;
            if (k < 0) none++; else counts[k]++;
        }
        for (var i = 0; i < c.Breaks.Classes; i++)
        {
            var lo = text.Number(b[i], c.Decimals);
            var hi = text.Number(b[i + 1], c.Decimals);
            var range = lo == hi ? lo : $"{lo}–{hi}";
            items.Add((i.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Colours[i], $"{range} ({counts[i]})"));
        }
        if (none > 0)
            items.Add(("none", $"url(#{MapText.Esc(id)}-nodata)",
                $"{a.NoValueLabel ?? text.Pick("Inget värde eller dolt (litet antal)", "No value or suppressed (small count)")} ({none})"));
        if (items.Count == 0)
            items.Add(("empty", "#ffffff", text.Pick("Inga områden", "No areas")));
        var itemLines = items.Select(i => MapText.Wrap(i.Label, WrapChars - 4)).ToList();
        var height = titleHeight + itemLines.Sum(l => l.Count * 15 + 4) + 12;
        return new LegendSection(height, (x, y) =>
        {
            var sb = new StringBuilder("<g class=\"legend-section\" data-layer=\"area\">");
            sb.Append(TitleSvg(title, x, y));
            var yy = y + titleHeight;
            for (var i = 0; i < items.Count; i++)
            {
                var (cls, fill, _) = items[i];
                sb.Append($"<g class=\"legend-item\" data-layer=\"area\" data-class=\"{cls}\">")
                  .Append($"<rect x=\"{MapText.Px(x)}\" y=\"{MapText.Px(yy)}\" width=\"18\" height=\"14\" fill=\"{fill}\" stroke=\"#969696\" stroke-width=\"0.6\"/>");
                for (var l = 0; l < itemLines[i].Count; l++)
                    sb.Append(ItemText(x, yy + l * 15, itemLines[i][l]));
                sb.Append("</g>");
                yy += itemLines[i].Count * 15 + 4;
            }
            return sb.Append("</g>\n").ToString();
        });
    }

    private static LegendSection LineLegend(string layer, string label, string stroke, double width)
    {
        var lines = MapText.Wrap(label, WrapChars - 4);
        var height = lines.Count * 15 + 4 + 12;
        return new LegendSection(height, (x, y) =>
        {
            var sb = new StringBuilder($"<g class=\"legend-section\" data-layer=\"{layer}\"><g class=\"legend-item\" data-layer=\"{layer}\" data-class=\"{layer}\">");
            sb.Append($"<rect x=\"{MapText.Px(x)}\" y=\"{MapText.Px(y + 1)}\" width=\"18\" height=\"12\" fill=\"none\" stroke=\"{stroke}\" stroke-width=\"{MapText.Px(width)}\"/>");
            for (var l = 0; l < lines.Count; l++) sb.Append(ItemText(x, y + l * 15, lines[l]));
            return sb.Append("</g></g>\n").ToString();
        });
    }

    private static LegendSection CellLegend(HotspotCellLayer layer, MapText text)
    {
        var present = layer.Cells.Select(c => c.Class).ToHashSet(StringComparer.Ordinal);
        var known = CellClasses.Gi.Concat(CellClasses.Emerging).ToList();
        var codes = known.Where(present.Contains).Concat(present.Where(c => !known.Contains(c)).Order(StringComparer.Ordinal)).ToList();
        var gi = codes.All(c => CellClasses.Gi.Contains(c));
        var (title, titleHeight) = Title(layer.Title ?? (gi ? "Hot spots (Gi*)" : text.Pick("Mönster över tid", "Pattern over time")));
        var lang = text.Swedish ? "sv" : "en";
        var itemLines = codes.Select(c => MapText.Wrap(CellClasses.Label(c, lang), WrapChars - 4)).ToList();
        var height = titleHeight + itemLines.Sum(l => l.Count * 15 + 4) + 12;
        return new LegendSection(height, (x, y) =>
        {
            var sb = new StringBuilder("<g class=\"legend-section\" data-layer=\"cell\">");
            sb.Append(TitleSvg(title, x, y));
            var yy = y + titleHeight;
            for (var i = 0; i < codes.Count; i++)
            {
                sb.Append($"<g class=\"legend-item\" data-layer=\"cell\" data-class=\"{MapText.Esc(codes[i])}\">")
                  .Append($"<rect x=\"{MapText.Px(x)}\" y=\"{MapText.Px(yy)}\" width=\"18\" height=\"14\" fill=\"{MapColours.OfCell(codes[i])}\" stroke=\"#969696\" stroke-width=\"0.6\"/>");
                for (var l = 0; l < itemLines[i].Count; l++) sb.Append(ItemText(x, yy + l * 15, itemLines[i][l]));
                sb.Append("</g>");
                yy += itemLines[i].Count * 15 + 4;
            }
            return sb.Append("</g>\n").ToString();
        });
    }

    private static LegendSection ResourceLegend(ResourceLayer layer, MapText text)
    {
        var types = layer.Resources.Select(r => r.Type).Distinct(StringComparer.Ordinal)
            .Select(t => (Type: t, Label: ResourceLabel(t, text))).OrderBy(t => t.Label, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo(text.Swedish ? "sv-SE" : "en-GB"), false)).ToList();
        var (title, titleHeight) = Title(layer.Title ?? text.Pick("Resurser", "Resources"));
        var height = titleHeight + types.Count * LineHeight + 8;
        return new LegendSection(height, (x, y) =>
        {
            var sb = new StringBuilder("<g class=\"legend-section\" data-layer=\"resource\">");
            sb.Append(TitleSvg(title, x, y));
            var yy = y + titleHeight;
            foreach (var (type, label) in types)
            {
                sb.Append($"<g class=\"legend-item\" data-layer=\"resource\" data-class=\"{MapText.Esc(type)}\" stroke=\"#252525\" stroke-width=\"0.8\">")
                  .Append(Symbol(MapColours.OfResource(type), x + 9, yy + 7, 5.5, "class=\"legend-symbol\"", ""))
                  .Append($"<text x=\"{MapText.Px(x + 24)}\" y=\"{MapText.Px(yy + 11)}\" fill=\"#222222\" stroke=\"none\">{MapText.Esc(label)}</text></g>");
                yy += LineHeight;
            }
            return sb.Append("</g>\n").ToString();
        });
    }

    // ---------------------------------------------------------------- geometry

    private static Envelope? Extent(IEnumerable<MapLayer> layers)
    {
        var env = new Envelope();
        void Add(Geometry? g) { if (g is { IsEmpty: false }) env.ExpandToInclude(g.EnvelopeInternal); }
        foreach (var layer in layers)
        {
            switch (layer)
            {
                case AreaLayer a: foreach (var x in a.Areas) Add(x.Geometry); break;
                case BoundaryLayer b: Add(b.Boundary); break;
                case HotspotCellLayer c: foreach (var x in c.Cells) Add(x.Geometry); break;
                case HotspotLayer h: foreach (var x in h.Hotspots) Add(x.Geometry); break;
                case ResourceLayer r: foreach (var x in r.Resources) Add(x.Location); break;
            }
        }
        return env.IsNull ? null : env;
    }

    /// <summary>Map metres to pixels: uniform scale, centred in the frame, y flipped.</summary>
    private sealed class Projection(double minX, double maxY, double scale, double offsetX, double offsetY)
    {
        /// <summary>Pixels per metre.</summary>
        public double Scale { get; } = scale;

        public static Projection Fit(Envelope env, double x, double y, double w, double h)
        {
            var e = new Envelope(env);
            // A single point or a line: at least 1 km across.
            if (e.Width < 1000 && e.Height < 1000) e.ExpandBy(Math.Max(0, (1000 - Math.Max(e.Width, e.Height)) / 2));
            e.ExpandBy(Math.Max(e.Width, e.Height) * 0.03);
            var s = Math.Min(w / e.Width, h / e.Height);
            var ox = x + (w - e.Width * s) / 2;
            var oy = y + (h - e.Height * s) / 2;
            return new Projection(e.MinX, e.MaxY, s, ox, oy);
        }

        public (double X, double Y) ToPixel(double x, double y) => (offsetX + (x - minX) * Scale, offsetY + (maxY - y) * Scale);

        /// <summary>Appends the path data of every polygon ring of <paramref name="g"/> (a line is drawn open; points draw nothing).</summary>
        public void AppendPath(StringBuilder sb, Geometry g)
        {
            var first = true;
            Append(sb, g, ref first);
        }

        private void Append(StringBuilder sb, Geometry g, ref bool first)
        {
            switch (g)
            {
                case Polygon poly when !poly.IsEmpty:
                    Ring(sb, poly.ExteriorRing.Coordinates, true, ref first);
                    foreach (var hole in poly.InteriorRings) Ring(sb, hole.Coordinates, true, ref first);
                    break;
                case LineString line when !line.IsEmpty:
                    Ring(sb, line.Coordinates, line.IsClosed, ref first);
                    break;
                case GeometryCollection gc:
                    for (var i = 0; i < gc.NumGeometries; i++) Append(sb, gc.GetGeometryN(i), ref first);
                    break;
            }
        }

        private void Ring(StringBuilder sb, Coordinate[] coords, bool close, ref bool first)
        {
            var n = close && coords.Length > 1 && coords[0].Equals2D(coords[^1]) ? coords.Length - 1 : coords.Length;
            if (n == 0) return;
            if (!first) sb.Append(' ');
            first = false;
            string? lastX = null, lastY = null;
            for (var i = 0; i < n; i++)
            {
                var (px, py) = ToPixel(coords[i].X, coords[i].Y);
                var sx = MapText.Px(px);
                var sy = MapText.Px(py);
                if (sx == lastX && sy == lastY) continue;
                sb.Append(i == 0 ? 'M' : 'L').Append(sx).Append(' ').Append(sy);
                lastX = sx;
                lastY = sy;
            }
            if (close) sb.Append('Z');
        }
    }
}
