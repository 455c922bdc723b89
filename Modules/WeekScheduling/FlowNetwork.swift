/// A flow network with integer capacities and one-unit augmenting paths found by breadth-first
/// search (Edmonds-Karp, one unit at a time: every flow here is a count of conversations).
///
/// Written here rather than taken from SwiftGraph 4: SwiftGraph offers searches, shortest paths,
/// spanning trees and cycles but no maximum flow, and the scheduler needs residual capacities it
/// can raise step by step (the load-balancing levels) and edge orders it can steer.
struct FlowNetwork {
    private var head: [Int] = []
    private var capacity: [Int] = []
    private(set) var adjacency: [[Int]]

    /// A network of `nodes` nodes and no edges.
    init(nodes: Int) {
        adjacency = Array(repeating: [], count: nodes)
    }

    /// Adds an edge and its zero-capacity reverse; returns the edge's index.
    @discardableResult
    mutating func addEdge(from: Int, to: Int, capacity edgeCapacity: Int) -> Int {
        let index = head.count
        head.append(to)
        capacity.append(edgeCapacity)
        head.append(from)
        capacity.append(0)
        adjacency[from].append(index)
        adjacency[to].append(index + 1)
        return index
    }

    /// Adds `amount` to an edge's residual capacity.
    mutating func raise(_ edge: Int, by amount: Int) {
        capacity[edge] += amount
    }

    /// The node an edge leads to.
    func target(of edge: Int) -> Int { head[edge] }

    /// The units flowing along an edge (its reverse's residual capacity).
    func flow(on edge: Int) -> Int { capacity[edge ^ 1] }

    /// Puts `node`'s edges in the order `ordered`, so the search tries them in that order.
    mutating func order(_ node: Int, by areInIncreasingOrder: (Int, Int) -> Bool) {
        adjacency[node].sort(by: areInIncreasingOrder)
    }

    /// Pushes one unit from `start` to `sink` along a shortest path with residual capacity, if
    /// there is one. Deterministic: edges are tried in adjacency order.
    mutating func augment(from start: Int, to sink: Int) -> Bool {
        var via = Array(repeating: -1, count: adjacency.count)
        var queue = [start]
        var seen = Array(repeating: false, count: adjacency.count)
        seen[start] = true
        var next = 0
        while next < queue.count, !seen[sink] {
            let node = queue[next]
            next += 1
            for edge in adjacency[node] where capacity[edge] > 0 && !seen[head[edge]] {
                seen[head[edge]] = true
                via[head[edge]] = edge
                queue.append(head[edge])
            }
        }
        guard seen[sink] else { return false }
        var node = sink
        while node != start {
            let edge = via[node]
            capacity[edge] -= 1
            capacity[edge ^ 1] += 1
            node = head[edge ^ 1]
        }
        return true
    }

    /// Pushes as many units as it can from `source` to `sink`; returns how many.
    mutating func maximise(from source: Int, to sink: Int) -> Int {
        var total = 0
        while augment(from: source, to: sink) { total += 1 }
        return total
    }
}
