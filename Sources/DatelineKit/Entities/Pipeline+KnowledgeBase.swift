/// A pipeline whose knowledge-based stages use another knowledge base (`--kb DIR`).
public protocol KnowledgeBasedStage: AnnotationStage {
    func using(_ knowledgeBase: KnowledgeBase) -> Self
}

extension Pipeline {
    /// The same stages, each knowledge-based one switched to `knowledgeBase`.
    public func using(_ knowledgeBase: KnowledgeBase) -> Pipeline {
        Pipeline(stages: stages.map { stage in
            (stage as? any KnowledgeBasedStage).map { $0.using(knowledgeBase) } ?? stage
        })
    }
}

extension EntityStage: KnowledgeBasedStage {
    public func using(_ knowledgeBase: KnowledgeBase) -> EntityStage { EntityStage(knowledgeBase: knowledgeBase) }
}
