import OITModel

/// Range checks of a framework's numbers, so that no weight, band or label minimum reaches the
/// score arithmetic unchecked. A weight of 1e17 used to trap when a score was converted to `Int`;
/// weights summing to 3 gave an overall score of 270.
///
/// Called by the framework loader after a framework is read; errors are reported at the
/// framework file (tools, bands and labels carry no location of their own).
package enum FrameworkRanges {
    /// Tool weights may be written with two or three decimals (0.3, 0.333): their sum must be 1
    /// within this tolerance.
    package static let weightTolerance = 0.001
    package static let percent: ClosedRange<Double> = 0...100
    package static let weight: ClosedRange<Double> = 0...1
    /// Rounds are named in B.E.; ITA began in 2555.
    package static let rounds: ClosedRange<Double> = 2550...2700

    package static func check(_ framework: Framework, _ context: LoadContext) {
        let at = framework.source
        if !rounds.contains(Double(framework.round)) {
            context.diagnostics.error(.numberOutOfRange(key: "round", value: Double(framework.round), range: rounds), at: at)
        }
        var allWeightsValid = !framework.tools.isEmpty
        for tool in framework.tools where !(tool.weight.isFinite && weight.contains(tool.weight)) {
            context.diagnostics.error(.numberOutOfRange(key: "weight", value: tool.weight, range: weight), at: at)
            allWeightsValid = false
        }
        if allWeightsValid {
            let sum = framework.tools.reduce(0) { $0 + $1.weight }
            if abs(sum - 1) > weightTolerance { context.diagnostics.error(.weightsDoNotSumToOne(sum: sum), at: at) }
        }
        for band in framework.bands where !(band.min.isFinite && percent.contains(band.min)) {
            context.diagnostics.error(.numberOutOfRange(key: "min", value: band.min, range: percent), at: at)
        }
        for label in framework.labels {
            if !(label.min.isFinite && percent.contains(label.min)) {
                context.diagnostics.error(.numberOutOfRange(key: "min", value: label.min, range: percent), at: at)
            }
            if let every = label.everyToolMin, !(every.isFinite && percent.contains(every)) {
                context.diagnostics.error(.numberOutOfRange(key: "every_tool_min", value: every, range: percent), at: at)
            }
        }
        for indicator in framework.indicators where !(1...99).contains(indicator.number) {
            context.diagnostics.error(.numberOutOfRange(key: "number", value: Double(indicator.number), range: 1...99), at: at)
        }
    }
}
